package dk.erhvervshus.eventstore;

/** One unpublished outbox row: what goes to Kafka, and the position to stamp once it is acknowledged. */
public record OutboxMessage(long position, String topic, String key, byte[] value) {
}
