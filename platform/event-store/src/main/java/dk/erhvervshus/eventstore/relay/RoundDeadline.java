package dk.erhvervshus.eventstore.relay;

import java.time.Duration;

/** The moment a relay round stops waiting for Kafka, on the monotonic clock. */
record RoundDeadline(long endNanos) {

    static RoundDeadline in(Duration timeout) {
        return new RoundDeadline(System.nanoTime() + timeout.toNanos());
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    boolean passed() {
        return remainingNanos() <= 0;
    }
}
