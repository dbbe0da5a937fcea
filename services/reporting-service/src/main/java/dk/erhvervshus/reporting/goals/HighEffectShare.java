package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule goals 6 and 7 share: HIGH ("I høj grad") over the expected-effect answers given, a
 * missing answer never counting and DONT_KNOW only with {@code dontKnowCountsInDenominator}; shown
 * by answer and per segment.
 */
final class HighEffectShare {

    private HighEffectShare() {
    }

    static Measurement measure(GoalDefinition goal, GoalFacts facts, List<SurveyResponse> responses) {
        boolean dontKnowCounts = SurveyParameters.dontKnowCountsInDenominator(goal);
        AnswerTally<ExpectedEffect> tally = tally(responses);
        List<SegmentShare> bySegment = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            AnswerTally<ExpectedEffect> ofSegment = tally(responses.stream().filter(r -> r.segment() == segment).toList());
            bySegment.add(SegmentShare.of(segment, ofSegment.count(ExpectedEffect.HIGH),
                    ofSegment.answered(ExpectedEffect.DONT_KNOW, dontKnowCounts)));
        }
        return Measurement.share(tally.count(ExpectedEffect.HIGH), tally.answered(ExpectedEffect.DONT_KNOW, dontKnowCounts),
                        Accrual.SHARE)
                .withBreakdown(new AnswerShareBreakdown(null, dontKnowCounts, responses.size(), tally.byAnswer(), bySegment,
                        ResponsesWithoutGuidance.among(responses, facts)));
    }

    private static AnswerTally<ExpectedEffect> tally(List<SurveyResponse> responses) {
        return AnswerTally.of(ExpectedEffect.class, responses, SurveyResponse::expectedEffect);
    }
}
