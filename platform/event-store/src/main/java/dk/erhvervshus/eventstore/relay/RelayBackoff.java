package dk.erhvervshus.eventstore.relay;

import java.time.Duration;
import java.time.Instant;

/** Exponential pause after failed relay rounds, so an unreachable broker is not hammered. */
final class RelayBackoff {

    private final Duration initial;
    private final Duration max;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    RelayBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized boolean mayRunAt(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    /** How long until the next attempt may run; zero when it may run now. */
    synchronized Duration remainingAt(Instant now) {
        return now.isBefore(nextAttempt) ? Duration.between(now, nextAttempt) : Duration.ZERO;
    }

    synchronized Duration failedAt(Instant now) {
        consecutiveFailures++;
        Duration delay = initial.multipliedBy(1L << Math.min(consecutiveFailures - 1, 20));
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        nextAttempt = now.plus(delay);
        return delay;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        nextAttempt = Instant.MIN;
    }

    synchronized boolean isBackingOff() {
        return consecutiveFailures > 0;
    }
}
