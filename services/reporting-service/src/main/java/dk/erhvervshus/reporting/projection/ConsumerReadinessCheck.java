package dk.erhvervshus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ready while the projection consumer runs (or is switched off on purpose): a stopped or retrying
 * consumer means the goals are going stale, whichever topic the failing batch came from, because
 * one consumer reads both. The data name the topics and how many partitions of each this instance
 * reads now (0 is normal while the group rebalances, or when other instances hold them all). DOWN
 * too while the broker has not answered for longer than {@code reporting.consumer.broker-timeout},
 * and after the consumer stopped on a stored position the broker does not have (the data name the
 * partition and both offsets).
 */
@Readiness
@ApplicationScoped
public class ConsumerReadinessCheck implements HealthCheck {

    static final String NAME = "projection consumer";

    private final EventConsumer consumer;
    private final ConsumerSettings settings;
    private final Clock clock;

    public ConsumerReadinessCheck(EventConsumer consumer, ConsumerSettings settings, Clock clock) {
        this.consumer = consumer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        ConsumerStatus status = consumer.status();
        Optional<Instant> unreachableSince = consumer.brokerUnreachableSince();
        boolean brokerAway = unreachableSince
                .map(since -> Duration.between(since, clock.instant()).compareTo(settings.brokerTimeout()) > 0)
                .orElse(false);
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(!brokerAway && (status == ConsumerStatus.RUNNING || status == ConsumerStatus.DISABLED))
                .withData("status", status.name());
        if (brokerAway) {
            response.withData("broker", "unreachable since " + unreachableSince.get());
        }
        List<PositionOutOfRange> outOfRange = consumer.outOfRange();
        if (!outOfRange.isEmpty()) {
            response.withData("positionOutOfRange",
                    outOfRange.stream().map(PositionOutOfRange::describe).collect(Collectors.joining("; ")));
        }
        Set<TopicPartition> assigned = consumer.assignedPartitions();
        for (String topic : EventConsumer.TOPICS) {
            response.withData(topic + " partitions", assigned.stream().filter(p -> p.topic().equals(topic)).count());
        }
        String error = consumer.lastError();
        if (error != null) {
            response.withData("lastError", error);
        }
        return response.build();
    }

    /**
     * A short reason for the readiness data. Readiness is served to anyone who can reach the port,
     * so it never carries an exception's text (which may hold SQL, hosts or payload values); the log
     * keeps the exception itself.
     */
    public static String reasonFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprojectableEventException) {
                return "batch failed: cannot be applied";
            }
        }
        if (FailureKind.of(failure) == FailureKind.UNAVAILABLE) {
            return "database unavailable";
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof java.sql.SQLException || t instanceof java.net.ConnectException
                    || type.startsWith("io.vertx.pgclient") || type.startsWith("io.vertx.sqlclient")
                    || type.startsWith("org.hibernate")) {
                return "database unavailable";
            }
            if (type.endsWith("TimeoutException")) {
                return "batch failed: timed out";
            }
            if (type.startsWith("org.apache.kafka")) {
                return "broker unavailable";
            }
        }
        return "batch failed: unexpected error";
    }
}
