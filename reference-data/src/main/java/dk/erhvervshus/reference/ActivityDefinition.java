package dk.erhvervshus.reference;

/** A named effort of the contract (goals 5 and 8–10) whose status the house reports. */
public record ActivityDefinition(String id, String title) {
}
