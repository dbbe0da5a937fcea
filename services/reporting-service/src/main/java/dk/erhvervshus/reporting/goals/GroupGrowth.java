package dk.erhvervshus.reporting.goals;

/**
 * One group of an effect cohort (treated or control): the companies used (figures in both years),
 * those left out (a year missing), and the group's aggregate growth in percent, null when it
 * cannot be computed (no company used, or a base of 0).
 */
public record GroupGrowth(long used, long leftOut, Fraction growthPercent) {
}
