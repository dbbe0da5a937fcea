package dk.erhvervshus.reporting.operations;

/** The projection consumer's state after a restart: {@code STARTING} until its first poll. */
public record ConsumerStateResponse(String status) {
}
