package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * G3-NPS-*: among the responses of Y of the {@code segment} that gave a recommend score,
 * 100 × (promoters (9–10) − detractors (0–6)) / scores given, from −100 to 100. The numerator is
 * promoters − detractors and the denominator the scores given, so the share arithmetic of the
 * other goals yields the score; without a score there is no data.
 */
public final class NpsCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        Segment segment = SurveyParameters.segment(goal);
        List<SurveyResponse> responses = facts.survey().responsesOfYear().stream()
                .filter(r -> r.segment() == segment)
                .toList();
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        long missing = 0;
        for (SurveyResponse r : responses) {
            Integer score = r.recommendScore();
            if (score == null) {
                missing++;
            } else if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return Measurement.share(promoters - detractors, promoters + passives + detractors, Accrual.SHARE)
                .withBreakdown(new NpsBreakdown(segment, responses.size(), promoters, passives, detractors, missing,
                        ResponsesWithoutGuidance.among(responses, facts)));
    }
}
