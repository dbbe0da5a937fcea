package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * What a calculator found, before the status policy judges it.
 *
 * @param actual      exact value in the goal's unit; null when there is nothing to measure yet
 * @param numerator   for shares: the counted part (null for plain counts and values)
 * @param denominator for shares: the whole (null for plain counts and values)
 * @param criteria    extra conditions that must all hold for MET (empty for most goals)
 */
public record Measurement(
        Fraction actual,
        Long numerator,
        Long denominator,
        Accrual accrual,
        List<Criterion> criteria,
        GoalBreakdown breakdown,
        List<ActivityProgress> activities) {

    public Measurement {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public static Measurement count(long actual) {
        return new Measurement(Fraction.of(actual), null, null, Accrual.CUMULATIVE, List.of(), null, List.of());
    }

    /** A share in percent units; without a denominator there is no data. */
    public static Measurement share(long numerator, long denominator, Accrual accrual) {
        Fraction actual = denominator == 0 ? null : Fraction.percent(numerator, denominator);
        return new Measurement(actual, numerator, denominator, accrual, List.of(), null, List.of());
    }

    /** A value that is neither a count nor a share of counts (percentage points); null is no data. */
    public static Measurement value(Fraction actual, Accrual accrual) {
        return new Measurement(actual, null, null, accrual, List.of(), null, List.of());
    }

    public static Measurement noData(Accrual accrual) {
        return new Measurement(null, null, null, accrual, List.of(), null, List.of());
    }

    public Measurement withBreakdown(GoalBreakdown newBreakdown) {
        return new Measurement(actual, numerator, denominator, accrual, criteria, newBreakdown, activities);
    }

    public Measurement withActivities(List<ActivityProgress> newActivities) {
        return new Measurement(actual, numerator, denominator, accrual, criteria, breakdown, newActivities);
    }

    public Measurement withCriteria(List<Criterion> newCriteria) {
        return new Measurement(actual, numerator, denominator, accrual, newCriteria, breakdown, activities);
    }

    public boolean hasData() {
        return actual != null;
    }

    public boolean allCriteriaSatisfied() {
        return criteria.stream().allMatch(Criterion::satisfied);
    }
}
