package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.CohortGrowthBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Goal 6's growth difference between an effect cohort's treated and control groups. */
@Schema(description = "Goal 6, growth difference (COHORT_GROWTH_DIFFERENCE): the cohorts read, the years compared, and "
        + "each group's companies used (figures in both years), left out, and growth in percent (absent when it cannot "
        + "be computed)",
        requiredProperties = {"measure", "cohortIds", "baseYear", "endYear", "treatedUsed", "treatedLeftOut",
                "controlUsed", "controlLeftOut"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortGrowthBreakdownView(
        String segment,
        String measure,
        List<String> cohortIds,
        int baseYear,
        int endYear,
        long treatedUsed,
        long treatedLeftOut,
        long controlUsed,
        long controlLeftOut,
        BigDecimal treatedGrowthPercent,
        BigDecimal controlGrowthPercent) implements BreakdownView {

    static CohortGrowthBreakdownView of(CohortGrowthBreakdown b) {
        return new CohortGrowthBreakdownView(b.segment() == null ? null : b.segment().name(), b.measure().name(),
                b.cohortIds(), b.baseYear(), b.endYear(),
                b.treated().used(), b.treated().leftOut(), b.control().used(), b.control().leftOut(),
                Decimals.oneDecimal(b.treated().growthPercent()), Decimals.oneDecimal(b.control().growthPercent()));
    }
}
