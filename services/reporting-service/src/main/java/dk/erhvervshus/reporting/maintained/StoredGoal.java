package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.reporting.goals.Accrual;
import dk.erhvervshus.reporting.goals.ActivityProgress;
import dk.erhvervshus.reporting.goals.Criterion;
import dk.erhvervshus.reporting.goals.Fraction;
import dk.erhvervshus.reporting.goals.Measurement;

import java.util.List;
import java.util.Objects;

/**
 * A goal's maintained measurement: everything a calculator found that does not depend on the day
 * it is read, with the breakdown already in the API's JSON shape. The verdict (status, fulfilment)
 * is made when it is read, from {@link #measurement()}.
 *
 * @param breakdown the detail answer's {@code breakdowns} as rendered by the API; null when the goal has none
 */
public record StoredGoal(
        String goalId,
        Fraction actual,
        Long numerator,
        Long denominator,
        Accrual accrual,
        List<Criterion> criteria,
        JsonNode breakdown,
        List<ActivityProgress> activities) {

    public StoredGoal {
        criteria = List.copyOf(criteria);
        activities = List.copyOf(activities);
    }

    public static StoredGoal of(String goalId, Measurement m, JsonNode renderedBreakdown) {
        return new StoredGoal(goalId, m.actual(), m.numerator(), m.denominator(), m.accrual(), m.criteria(),
                renderedBreakdown, m.activities());
    }

    /** The measurement to judge; its breakdown is the rendered one, so none is carried here. */
    public Measurement measurement() {
        return new Measurement(actual, numerator, denominator, accrual, criteria, null, activities);
    }

    /** Whether a reader could see a difference: the value, its parts, criteria, breakdown or activities. */
    public boolean sameAs(StoredGoal other) {
        return other != null && Objects.equals(actual, other.actual) && Objects.equals(numerator, other.numerator)
                && Objects.equals(denominator, other.denominator) && accrual == other.accrual
                && criteria.equals(other.criteria) && Objects.equals(breakdown, other.breakdown)
                && activities.equals(other.activities);
    }
}
