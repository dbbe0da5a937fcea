package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dk.erhvervshus.reporting.maintained.FeedStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET .../goals/{goalId}}: the list's fields for one goal plus its detail. {@code criteria}
 * appears for goals met only when all conditions hold (goal 5), {@code activities} for goals with
 * catalogue activities, {@code breakdowns} where the goal has one.
 */
public record GoalDetailResponse(
        String house,
        int year,
        LocalDate asOf,
        @Schema(description = GoalsResponse.KNOWN_AT) Instant knownAt,
        Instant computedAt,
        @Schema(description = GoalsResponse.DATA_AS_OF) Map<String, Instant> dataAsOf,
        @Schema(description = GoalsResponse.FRESHNESS) Map<String, FeedStatus> freshness,
        String id,
        int contractGoal,
        String title,
        String description,
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
        @Schema(description = GoalsResponse.FEEDS) List<String> feeds,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionEntry> criteria,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(implementation = BreakdownView.class) JsonNode breakdowns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActivityEntry> activities) {
}
