package dk.erhvervshus.reporting.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code reporting.consumer.*}: how the projection consumer reads {@code guidance-events} and {@code survey-events}. */
@ConfigMapping(prefix = "reporting.consumer")
public interface ConsumerSettings {

    /** Off for a query-only instance, or for tests that must not consume. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("reporting-service")
    String groupId();

    /** Larger polls mean fewer transactions per event; a rebuild wants them large. */
    @WithDefault("5000")
    int maxPollRecords();

    @WithDefault("PT0.5S")
    Duration pollTimeout();

    /** How long one batch's transaction may take before it is abandoned and retried. */
    @WithDefault("PT60S")
    Duration transactionTimeout();

    /**
     * How long the group waits for a silent member before giving its partitions to another. A
     * crashed instance that restarts rejoins as a new member, so this bounds how long projection
     * stalls after a crash (Kafka's default is 45 s).
     */
    @WithDefault("PT10S")
    Duration sessionTimeout();

    /** Pause after a failed batch before the same records are read again. */
    @WithDefault("PT2S")
    Duration retryBackoff();

    /** The longest pause between retries of a failing batch: the pause doubles from {@code retry-backoff} up to this. */
    @WithDefault("PT30S")
    Duration retryBackoffMax();

    /** How often the consumer asks the broker for the partitions' end offsets (the lag in records, and whether it answers). */
    @WithDefault("PT5S")
    Duration probeInterval();

    /** How long the broker may not answer before readiness is DOWN. */
    @WithDefault("PT30S")
    Duration brokerTimeout();
}
