package dk.erhvervshus.guidance.application;

/**
 * @param version the stream's version after the command
 * @param changed false when the command was already satisfied and nothing was appended
 */
public record CommandOutcome(String aggregateId, long version, boolean changed) {
}
