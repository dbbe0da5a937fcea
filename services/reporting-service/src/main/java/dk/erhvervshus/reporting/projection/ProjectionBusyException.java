package dk.erhvervshus.reporting.projection;

import java.time.Duration;

/**
 * An operation on parked events that the consumer's thread did not take in time (it is retrying a
 * batch while the database is away, or searching a large one): nothing of it was done, the caller
 * may try again later (503).
 */
public final class ProjectionBusyException extends RuntimeException {

    public ProjectionBusyException(Duration waited, ConsumerStatus status) {
        super("the projection consumer (" + status + ") did not get to this within " + waited.toSeconds()
                + " s; nothing was done, retry later");
    }
}
