package dk.erhvervshus.eventstore;

import java.time.Instant;

/**
 * An outbox row the broker could never take, kept unpublished in its place.
 *
 * @param key       the stream's aggregate id (the Kafka key)
 * @param sizeBytes the size of the message value
 * @param reason    why the broker refused it, as Kafka said
 * @param waiting   later rows of the same stream held back behind it
 */
public record DeadLetter(long position, String topic, String key, int sizeBytes, Instant createdAt,
                         Instant deadLetteredAt, String reason, long waiting) {
}
