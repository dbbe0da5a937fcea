package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.Comparison;
import dk.erhvervshus.reference.GoalDefinition;

/**
 * The one place that turns a measurement into a status and a fulfilment percentage
 * (the status rules in reporting-service's README).
 * <ul>
 *   <li>NO_DATA without a value (a share without denominator, goal 2 without a guided company, no
 *       awareness survey, no effect cohort).</li>
 *   <li>After the year: MET or NOT_MET.</li>
 *   <li>While the year runs, a cumulative goal is MET once reached, ON_TRACK while at least the
 *       pro-rata target (target × elapsed fraction of the year) is reached, else AT_RISK. A share
 *       can still fall, so it is never MET early: ON_TRACK while it meets the target, else AT_RISK.
 *       NPS and percentage points are judged like shares.</li>
 *   <li>A goal with criteria (goal 5) is met only when the target is reached and every criterion
 *       holds; its fulfilment is the share of satisfied criteria (50 % each of two).</li>
 * </ul>
 */
public final class GoalStatusPolicy {

    private static final Fraction HUNDRED = Fraction.of(100);

    public GoalStatus statusOf(GoalDefinition goal, Measurement measurement, ContractPeriod period) {
        if (!measurement.hasData()) {
            return GoalStatus.NO_DATA;
        }
        Fraction actual = measurement.actual();
        Fraction target = Fraction.of(goal.target());
        boolean met = reaches(actual, target, goal.comparison()) && measurement.allCriteriaSatisfied();
        if (period.hasEnded()) {
            return met ? GoalStatus.MET : GoalStatus.NOT_MET;
        }
        if (measurement.accrual() == Accrual.SHARE) {
            return met ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
        }
        if (met) {
            return GoalStatus.MET;
        }
        Fraction proRataTarget = target.times(period.elapsedFraction());
        return actual.compareTo(proRataTarget) >= 0 ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
    }

    /**
     * For "at least" a positive target: 100 × actual / target, between 0 (a negative actual, such as
     * a negative NPS or growth difference) and 100. Any other goal ("more than", or a target of 0)
     * has no ratio to its target: 100 when met, else 0. Null without data.
     */
    public Fraction fulfilmentPercent(GoalDefinition goal, Measurement measurement) {
        if (!measurement.hasData()) {
            return null;
        }
        if (!measurement.criteria().isEmpty()) {
            long satisfied = measurement.criteria().stream().filter(Criterion::satisfied).count();
            return Fraction.percent(satisfied, measurement.criteria().size());
        }
        Fraction target = Fraction.of(goal.target());
        if (goal.comparison() != Comparison.AT_LEAST || target.signum() <= 0) {
            return reaches(measurement.actual(), target, goal.comparison()) ? HUNDRED : Fraction.ZERO;
        }
        return HUNDRED.times(measurement.actual()).dividedBy(target).min(HUNDRED).max(Fraction.ZERO);
    }

    static boolean reaches(Fraction actual, Fraction target, Comparison comparison) {
        int c = actual.compareTo(target);
        return comparison == Comparison.GREATER_THAN ? c > 0 : c >= 0;
    }
}
