package dk.erhvervshus.reporting.api;

/** A condition of a goal that is met only when all of its conditions hold. */
public record CriterionEntry(String name, boolean satisfied) {
}
