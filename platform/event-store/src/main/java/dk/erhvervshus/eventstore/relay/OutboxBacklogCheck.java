package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readiness {@code outbox}: DOWN while the service does not keep its promise that what it stored
 * reaches Kafka soon, that is while the oldest unpublished row is older than
 * {@code outbox.readiness.max-age} (Kafka away, the relay failing) or while a dead letter waits for
 * an operator (its stream is stuck). Writes are still stored durably meanwhile; DOWN is the signal
 * to look, and an orchestrator that routes by readiness stops sending writes to an instance that
 * cannot pass them on. A short outage (under the age) stays UP. The data tells why in a few words,
 * never an exception's text (the log keeps that).
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Duration maxAge;

    @Inject
    public OutboxBacklogCheck(OutboxMonitor monitor, OutboxRelay relay, Clock clock,
                              @ConfigProperty(name = "outbox.readiness.max-age", defaultValue = "2m") Duration maxAge) {
        this.monitor = monitor;
        this.relay = relay;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("outbox")
                .withData("relay", relay.state().json());
        relay.lastFailure().ifPresent(reason -> answer.withData("lastFailure", reason));
        Optional<OutboxStatus> known = monitor.status();
        if (known.isEmpty()) {
            return answer.down().withData("reason", "database unavailable").build();
        }
        OutboxStatus status = known.get();
        long ageSeconds = status.oldestUnpublishedAge(clock.instant()).toSeconds();
        answer.withData("unpublished", status.unpublished())
                .withData("oldestUnpublishedSeconds", ageSeconds)
                .withData("deadLetters", status.deadLetters());
        List<String> reasons = new ArrayList<>();
        if (ageSeconds > maxAge.toSeconds()) {
            reasons.add("oldest unpublished row waits " + ageSeconds + " s (limit " + maxAge.toSeconds() + " s)");
        }
        if (status.deadLetters() > 0) {
            reasons.add(status.deadLetters() + " dead-lettered row(s) wait for an operator");
        }
        if (reasons.isEmpty()) {
            return answer.up().build();
        }
        return answer.down().withData("reason", String.join("; ", reasons)).build();
    }
}
