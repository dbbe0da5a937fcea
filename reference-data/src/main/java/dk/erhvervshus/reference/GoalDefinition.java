package dk.erhvervshus.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One goal of a contract year, as data.
 *
 * @param feed       where the goal's data comes from; shown while a goal has no data yet
 * @param parameters the calculation's settings, e.g. {@code segment} or {@code dontKnowCountsInDenominator}
 * @param method     how the goal is measured, in Danish, for the yearly report to KKR (null when the file
 *                   has none)
 */
public record GoalDefinition(
        String id,
        int contractGoal,
        String title,
        String description,
        MetricKind metric,
        Unit unit,
        Comparison comparison,
        BigDecimal target,
        String feed,
        Map<String, Object> parameters,
        List<ActivityDefinition> activities,
        String method) {

    public GoalDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A goal without a written method (the calculators' tests build their own). */
    public GoalDefinition(String id, int contractGoal, String title, String description, MetricKind metric, Unit unit,
                          Comparison comparison, BigDecimal target, String feed, Map<String, Object> parameters,
                          List<ActivityDefinition> activities) {
        this(id, contractGoal, title, description, metric, unit, comparison, target, feed, parameters, activities, null);
    }

    public Optional<String> stringParameter(String name) {
        return Optional.ofNullable(parameters.get(name)).map(Object::toString);
    }

    public String requiredString(String name) {
        return stringParameter(name)
                .orElseThrow(() -> new IllegalStateException("goal " + id + " lacks parameter " + name));
    }

    public boolean booleanParameter(String name, boolean defaultValue) {
        Object value = parameters.get(name);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
    }

    public BigDecimal decimalParameter(String name, BigDecimal defaultValue) {
        Object value = parameters.get(name);
        return value == null ? defaultValue : new BigDecimal(value.toString());
    }

    public int intParameter(String name, int defaultValue) {
        Object value = parameters.get(name);
        return value == null ? defaultValue : Integer.parseInt(value.toString());
    }

    public List<String> stringListParameter(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        throw new IllegalStateException("parameter " + name + " of goal " + id + " is not a list");
    }
}
