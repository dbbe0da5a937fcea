package dk.erhvervshus.reporting.goals;

/** What goal 6 compares the growth of (the catalogue's {@code measure} parameter). */
public enum CohortMeasure {
    /** Revenue in DKK. */
    REVENUE,
    /** Full-time equivalents (årsværk). */
    FTE,
    /** Productivity: the group's total revenue over its total full-time equivalents. */
    REVENUE_PER_FTE
}
