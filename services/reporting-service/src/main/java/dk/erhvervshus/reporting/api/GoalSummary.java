package dk.erhvervshus.reporting.api;

import java.math.BigDecimal;

/**
 * One goal in the list. Values are in the goal's unit (percent units for shares, e.g. 62.5),
 * rounded to one decimal. {@code awaitingFeed} names the feed a NO_DATA goal waits for when this
 * service cannot compute it yet; null otherwise.
 */
public record GoalSummary(
        String id,
        int contractGoal,
        String title,
        String unit,
        String comparison,
        BigDecimal target,
        BigDecimal actual,
        Long numerator,
        Long denominator,
        BigDecimal fulfilmentPercent,
        String status,
        String feed,
        String awaitingFeed) {
}
