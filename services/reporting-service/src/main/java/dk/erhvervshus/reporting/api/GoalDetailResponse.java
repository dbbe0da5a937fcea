package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        @JsonInclude(JsonInclude.Include.NON_NULL) Breakdowns breakdowns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActivityEntry> activities) {
}
