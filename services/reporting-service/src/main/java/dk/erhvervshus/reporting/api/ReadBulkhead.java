package dk.erhvervshus.reporting.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The bound on goal answers computed from the facts in flight ({@value #MAX_CONCURRENT}): an earlier
 * asOf, a knownAt, the municipalities, a restatement. Such a read holds a house-year's facts in
 * memory and a connection of the read pool until it is answered; one beyond the bound is refused at
 * once (503 overloaded, with Retry-After) rather than queued, so an overload of readers costs some of
 * them an answer, never the process its heap nor the projection its turn. Answers from the
 * maintained goals are not bounded: they hold two rows; the checks before a read (token, house,
 * path) and a Consistency-Token's wait are not counted either.
 */
@ApplicationScoped
public class ReadBulkhead {

    static final String MAX_CONCURRENT = "reporting.reads.max-concurrent";

    private final int limit;
    private final Semaphore permits;

    public ReadBulkhead(@ConfigProperty(name = MAX_CONCURRENT) int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(MAX_CONCURRENT + " must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    /**
     * Runs {@code reading} when a place is free, taken on subscription and given back when the read
     * ends however it ends (answer, failure, the client gone); fails with
     * {@link ReadsOverloadedException} without running it when none is.
     */
    public <T> Uni<T> read(Supplier<Uni<T>> reading) {
        return Uni.createFrom().deferred(() -> {
            if (!permits.tryAcquire()) {
                return Uni.createFrom().failure(new ReadsOverloadedException(limit));
            }
            AtomicBoolean held = new AtomicBoolean(true);
            Runnable release = () -> {
                if (held.getAndSet(false)) {
                    permits.release();
                }
            };
            try {
                return reading.get().onTermination().invoke(release);
            } catch (RuntimeException e) {
                release.run();
                throw e;
            }
        });
    }

    /** Reads in flight now. */
    public int inFlight() {
        return limit - permits.availablePermits();
    }

    public int limit() {
        return limit;
    }
}
