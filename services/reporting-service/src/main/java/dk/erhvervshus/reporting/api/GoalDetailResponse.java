package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET .../goals/{goalId}}: the list's fields for one goal plus its detail. {@code criteria}
 * appears for goals met only when all conditions hold (goal 5), {@code activities} for goals with
 * catalogue activities, {@code breakdowns} where the goal has one.
 */
public record GoalDetailResponse(
        String house,
        int year,
        LocalDate asOf,
        Instant computedAt,
        @Schema(description = GoalsResponse.DATA_AS_OF) Map<String, Instant> dataAsOf,
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionEntry> criteria,
        @JsonInclude(JsonInclude.Include.NON_NULL) BreakdownView breakdowns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActivityEntry> activities) {
}
