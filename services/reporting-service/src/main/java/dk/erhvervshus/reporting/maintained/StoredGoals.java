package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reporting.goals.Accrual;
import dk.erhvervshus.reporting.goals.ActivityProgress;
import dk.erhvervshus.reporting.goals.Criterion;
import dk.erhvervshus.reporting.goals.Fraction;
import io.vertx.mutiny.sqlclient.Row;

import java.math.BigDecimal;
import java.util.List;

/** A stored row of {@code maintained_goals} read back: one way for the maintainer and the read side. */
public final class StoredGoals {

    private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {
    };
    private static final TypeReference<List<ActivityProgress>> ACTIVITIES = new TypeReference<>() {
    };

    private StoredGoals() {
    }

    static StoredGoal fromRow(Row row, ObjectMapper json) {
        BigDecimal num = row.getBigDecimal("actual_numerator");
        BigDecimal den = row.getBigDecimal("actual_denominator");
        return of(row.getString("goal_id"), num, den, row.getLong("numerator"), row.getLong("denominator"),
                row.getString("accrual"), row.getString("criteria"), row.getString("breakdown"),
                row.getString("activities"), json);
    }

    public static StoredGoal of(String goalId, BigDecimal actualNumerator, BigDecimal actualDenominator, Long numerator,
                                Long denominator, String accrual, String criteria, String breakdown, String activities,
                                ObjectMapper json) {
        try {
            Fraction actual = actualNumerator == null ? null
                    : Fraction.of(actualNumerator.toBigIntegerExact(), actualDenominator.toBigIntegerExact());
            return new StoredGoal(goalId, actual, numerator, denominator, Accrual.valueOf(accrual),
                    json.readValue(criteria, CRITERIA), breakdown == null ? null : json.readTree(breakdown),
                    json.readValue(activities, ACTIVITIES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maintained goal " + goalId + " cannot be read", e);
        }
    }
}
