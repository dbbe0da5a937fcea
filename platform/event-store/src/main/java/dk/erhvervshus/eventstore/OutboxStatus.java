package dk.erhvervshus.eventstore;

import java.time.Duration;
import java.time.Instant;

/**
 * How far publication is behind.
 *
 * @param unpublished            rows waiting for the relay (neither dead letters nor held behind one)
 * @param oldestUnpublishedAt    when the oldest of them was written; null when there is none
 * @param deadLetters            rows the broker could never take, waiting for an operator
 * @param heldBehindDeadLetters  later rows of a dead letter's stream, waiting behind it (order per stream)
 */
public record OutboxStatus(long unpublished, Instant oldestUnpublishedAt, long deadLetters, long heldBehindDeadLetters) {

    /** How long the oldest unpublished row has waited; zero when there is none. */
    public Duration oldestUnpublishedAge(Instant now) {
        if (oldestUnpublishedAt == null || oldestUnpublishedAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestUnpublishedAt, now);
    }
}
