package dk.erhvervshus.eventstore;

/**
 * Another writer appended to the stream after this one loaded it: the expected version was stale.
 * Raised from the unique (aggregate_id, version) constraint, so it also holds across instances.
 */
public class StreamVersionConflictException extends RuntimeException {

    private final String aggregateId;
    private final long expectedVersion;

    public StreamVersionConflictException(String aggregateId, long expectedVersion, Throwable cause) {
        super(aggregateId + " was changed concurrently: it is no longer at version " + expectedVersion, cause);
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
