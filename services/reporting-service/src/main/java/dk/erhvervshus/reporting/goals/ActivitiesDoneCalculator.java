package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * Goals 8–10: the share of the catalogue's activities that are DONE as of the date. Done
 * activities only accumulate during the year, so the goal is judged like a count.
 */
public final class ActivitiesDoneCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        List<ActivityProgress> progress = facts.activities().progressOf(goal.activities());
        long done = progress.stream().filter(ActivityProgress::isDone).count();
        return Measurement.share(done, progress.size(), Accrual.CUMULATIVE).withActivities(progress);
    }
}
