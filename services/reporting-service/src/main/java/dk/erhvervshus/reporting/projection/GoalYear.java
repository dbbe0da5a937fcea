package dk.erhvervshus.reporting.projection;

/** A house's contract year: the unit whose goals are maintained together. */
public record GoalYear(String house, int year) {
}
