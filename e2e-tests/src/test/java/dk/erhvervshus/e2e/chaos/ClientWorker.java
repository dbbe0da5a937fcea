package dk.erhvervshus.e2e.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends one lane's writes in order, each until it is acknowledged: an answer that never came, a 5xx
 * or a lost race is retried with the same request, after the service's {@code Retry-After} when it
 * gave one, else after a growing backoff. Only an acknowledged write enters the ground truth. A
 * refused write (an unexpected 4xx) is counted and skipped; a write still unacknowledged after
 * {@link #GIVE_UP_AFTER} is counted as such. Either makes the run unclean.
 */
final class ClientWorker {

    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final ServiceClient client;
    private final LoadCounters counters;
    private final GroundTruth truth;

    ClientWorker(ServiceClient client, LoadCounters counters, GroundTruth truth) {
        this.client = client;
        this.counters = counters;
        this.truth = truth;
    }

    void send(List<Write> writes, Pacing pacing) {
        for (int i = 0; i < writes.size(); i++) {
            pacing.beforeWrite(i, writes.size());
            sendUntilAcknowledged(writes.get(i));
        }
    }

    private void sendUntilAcknowledged(Write write) {
        counters.sent(write);
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration backoff = FIRST_BACKOFF;
        boolean retried = false;
        while (true) {
            Attempt attempt;
            try {
                attempt = write.attempt(client);
            } catch (IllegalStateException e) {
                // A write that depends on one that was refused (a completion of a course never registered).
                attempt = new Attempt.Refused(e.getMessage());
            } catch (RuntimeException e) {
                attempt = new Attempt.Refused("unreadable answer: " + e);
            }
            if (attempt instanceof Attempt.Acknowledged) {
                try {
                    write.record(truth);
                } catch (IllegalStateException e) {
                    // Acknowledged, but it changes something the ground truth never saw acknowledged:
                    // an earlier write of its lane was refused although the service stored it.
                    counters.refused(write, "acknowledged, but " + e.getMessage());
                    return;
                }
                counters.acknowledged(write, retried);
                return;
            }
            if (attempt instanceof Attempt.Refused refused) {
                counters.refused(write, refused.reason());
                return;
            }
            Attempt.Unanswered unanswered = (Attempt.Unanswered) attempt;
            if (System.nanoTime() > deadline) {
                counters.gaveUp(write, unanswered.cause());
                return;
            }
            counters.retried(unanswered.cause());
            retried = true;
            Optional<Duration> told = unanswered.retryAfter();
            sleep(told.map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d).orElse(backoff));
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
