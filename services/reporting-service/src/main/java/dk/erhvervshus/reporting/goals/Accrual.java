package dk.erhvervshus.reporting.goals;

/** How a goal's actual value moves during the year; it decides how a running year is judged. */
public enum Accrual {
    /** Only grows as the year passes (counts, activities done): judged against the pro-rata target. */
    CUMULATIVE,
    /** A share that can move either way until the year ends: judged against the full target. */
    SHARE
}
