package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/**
 * The goals fed by survey-service (awareness, satisfaction, NPS, referrals, effects, cohorts):
 * this service does not consume that feed yet, so they report NO_DATA and name the feed they wait
 * for instead of a number that would look real.
 */
public final class AwaitingFeedCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        return Measurement.awaiting(goal.feed());
    }
}
