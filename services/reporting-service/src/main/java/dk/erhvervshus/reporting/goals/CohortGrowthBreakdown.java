package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;

/**
 * Goal 6's growth difference: the cohorts read (several with the same year and segment are taken
 * together), the years compared, and each group's growth.
 */
public record CohortGrowthBreakdown(
        Segment segment,
        CohortMeasure measure,
        List<String> cohortIds,
        int baseYear,
        int endYear,
        GroupGrowth treated,
        GroupGrowth control) implements GoalBreakdown {

    public CohortGrowthBreakdown {
        cohortIds = List.copyOf(cohortIds);
    }
}
