package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One goal in the list. Values are in the goal's unit (percent units for shares, e.g. 62.5),
 * rounded to one decimal. {@code awaitingFeed} names the catalogue's feed of a goal without data
 * (NO_DATA), the feed it waits for; null otherwise. For NPS {@code numerator} is promoters minus
 * detractors and {@code denominator} the scores given. {@code feeds} are the keys of the answer's
 * {@code freshness} the goal reads.
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
        String awaitingFeed,
        @Schema(description = GoalsResponse.FEEDS) List<String> feeds) {
}
