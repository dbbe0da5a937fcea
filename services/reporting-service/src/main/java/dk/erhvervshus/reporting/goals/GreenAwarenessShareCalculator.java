package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/**
 * G5-GREEN-AWARENESS: of those aware of the house in the latest awareness survey of Y, the share
 * also aware of its green-transition services. Same survey as goal 1; without one there is no data.
 */
public final class GreenAwarenessShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        SurveyFacts survey = facts.survey();
        return survey.latestAwarenessSurvey()
                .map(s -> Measurement.share(s.awareOfGreenServices(), s.awareOfHouse(), Accrual.SHARE)
                        .withBreakdown(AwarenessBreakdown.of(s, survey.awarenessSurveysOfYear().size())))
                .orElseGet(() -> Measurement.noData(Accrual.SHARE));
    }
}
