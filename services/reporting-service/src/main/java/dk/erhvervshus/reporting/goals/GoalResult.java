package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * A goal as it stood on a date: the catalogue entry, the exact measured values and the verdict.
 * {@code awaitingFeed} is the catalogue's feed when the goal has no data, else null.
 */
public record GoalResult(
        GoalDefinition goal,
        Fraction actual,
        Long numerator,
        Long denominator,
        Fraction fulfilmentPercent,
        GoalStatus status,
        String awaitingFeed,
        List<Criterion> criteria,
        GoalBreakdown breakdown,
        List<ActivityProgress> activities) {
}
