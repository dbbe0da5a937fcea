package dk.erhvervshus.reporting.goals;

/** A survey response named by its id and company, for lists the house checks by hand. */
public record ResponseRef(String responseId, String cvr) {
}
