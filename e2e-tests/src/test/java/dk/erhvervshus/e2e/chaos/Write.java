package dk.erhvervshus.e2e.chaos;

/**
 * One request of the load: what it sends, how its answer is judged, and what it adds to the
 * ground truth once acknowledged. It is sent again, unchanged (the same ids, crmEventIds and
 * Idempotency-Key), until it is acknowledged; {@link #record} then runs exactly once.
 */
abstract class Write {

    private final Lane lane;

    Write(Lane lane) {
        this.lane = lane;
    }

    final Lane lane() {
        return lane;
    }

    /** What kind of write this is, for the report ("CRM batch", "CSV import", ...). */
    abstract String kind();

    /** The domain events it carries: the items of a batch, the rows of a file, else one. */
    abstract int events();

    /** Sends the request once and judges the answer. */
    abstract Attempt attempt(ServiceClient client);

    /** Adds what the system acknowledged to the ground truth. */
    abstract void record(GroundTruth truth);
}
