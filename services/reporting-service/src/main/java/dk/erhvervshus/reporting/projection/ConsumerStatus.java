package dk.erhvervshus.reporting.projection;

/** What the projection consumer is doing, for the readiness check. */
public enum ConsumerStatus {
    DISABLED,
    STARTING,
    RUNNING,
    /** The last batch failed (e.g. the database is down); the same records are retried. */
    RETRYING,
    STOPPED
}
