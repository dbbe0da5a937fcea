package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * G3-SATISFACTION-*: among the responses of Y of the {@code segment}, VERY_SATISFIED over those who
 * answered. A missing answer never counts; DONT_KNOW counts in the denominator only when
 * {@code dontKnowCountsInDenominator} is true.
 */
public final class SatisfactionShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        Segment segment = SurveyParameters.segment(goal);
        boolean dontKnowCounts = SurveyParameters.dontKnowCountsInDenominator(goal);
        List<SurveyResponse> responses = facts.survey().responsesOfYear().stream()
                .filter(r -> r.segment() == segment)
                .toList();
        AnswerTally<CompetenceSatisfaction> tally = AnswerTally.of(CompetenceSatisfaction.class, responses,
                SurveyResponse::competenceSatisfaction);
        return Measurement.share(tally.count(CompetenceSatisfaction.VERY_SATISFIED),
                        tally.answered(CompetenceSatisfaction.DONT_KNOW, dontKnowCounts), Accrual.SHARE)
                .withBreakdown(new AnswerShareBreakdown(segment, dontKnowCounts, responses.size(), tally.byAnswer(),
                        List.of(), ResponsesWithoutGuidance.among(responses, facts)));
    }
}
