package dk.erhvervshus.eventstore;

import java.time.Duration;
import java.time.Instant;

/**
 * How far publication is behind.
 *
 * @param unpublished          rows waiting to be published, those held behind a dead letter included
 *                             (dead letters themselves are not counted)
 * @param oldestUnpublishedAt  when the oldest of them was written; null when there is none
 * @param deadLetters          rows the broker could never take, waiting for an operator
 */
public record OutboxStatus(long unpublished, Instant oldestUnpublishedAt, long deadLetters) {

    /** How long the oldest unpublished row has waited; zero when there is none. */
    public Duration oldestUnpublishedAge(Instant now) {
        if (oldestUnpublishedAt == null || oldestUnpublishedAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestUnpublishedAt, now);
    }
}
