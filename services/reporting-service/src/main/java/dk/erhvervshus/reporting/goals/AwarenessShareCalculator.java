package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/**
 * G1-AWARENESS: of the respondents of the latest awareness survey of Y (by conductedOn, on or
 * before asOf), the share aware of the house. Without a survey there is no data.
 */
public final class AwarenessShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        SurveyFacts survey = facts.survey();
        return survey.latestAwarenessSurvey()
                .map(s -> Measurement.share(s.awareOfHouse(), s.respondents(), Accrual.SHARE)
                        .withBreakdown(AwarenessBreakdown.of(s, survey.awarenessSurveysOfYear().size())))
                .orElseGet(() -> Measurement.noData(Accrual.SHARE));
    }
}
