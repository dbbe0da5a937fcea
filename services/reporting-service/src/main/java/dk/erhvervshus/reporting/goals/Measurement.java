package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * What a calculator found, before the status policy judges it.
 *
 * @param actual       exact value in the goal's unit; null when there is nothing to measure yet
 * @param numerator    for shares: the counted part (null for plain counts)
 * @param denominator  for shares: the whole (null for plain counts)
 * @param criteria     extra conditions that must all hold for MET (empty for most goals)
 * @param awaitingFeed the feed a goal waits for when this service cannot compute it yet
 */
public record Measurement(
        Fraction actual,
        Long numerator,
        Long denominator,
        Accrual accrual,
        List<Criterion> criteria,
        GoalBreakdown breakdown,
        List<ActivityProgress> activities,
        String awaitingFeed) {

    public Measurement {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public static Measurement count(long actual) {
        return new Measurement(Fraction.of(actual), null, null, Accrual.CUMULATIVE, List.of(), null, List.of(), null);
    }

    /** A share in percent units; without a denominator there is no data. */
    public static Measurement share(long numerator, long denominator, Accrual accrual) {
        Fraction actual = denominator == 0 ? null : Fraction.percent(numerator, denominator);
        return new Measurement(actual, numerator, denominator, accrual, List.of(), null, List.of(), null);
    }

    public static Measurement noData(Accrual accrual) {
        return new Measurement(null, null, null, accrual, List.of(), null, List.of(), null);
    }

    public static Measurement awaiting(String feed) {
        return new Measurement(null, null, null, Accrual.SHARE, List.of(), null, List.of(), feed);
    }

    public Measurement withBreakdown(GoalBreakdown newBreakdown) {
        return new Measurement(actual, numerator, denominator, accrual, criteria, newBreakdown, activities, awaitingFeed);
    }

    public Measurement withActivities(List<ActivityProgress> newActivities) {
        return new Measurement(actual, numerator, denominator, accrual, criteria, breakdown, newActivities, awaitingFeed);
    }

    public Measurement withCriteria(List<Criterion> newCriteria) {
        return new Measurement(actual, numerator, denominator, accrual, newCriteria, breakdown, activities, awaitingFeed);
    }

    public boolean hasData() {
        return actual != null;
    }

    public boolean allCriteriaSatisfied() {
        return criteria.stream().allMatch(Criterion::satisfied);
    }
}
