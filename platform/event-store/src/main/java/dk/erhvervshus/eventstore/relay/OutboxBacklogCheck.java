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
import java.util.Optional;

/**
 * Readiness {@code outbox}: DOWN while the service does not keep its promise that what it stored
 * reaches Kafka soon, that is while the oldest unpublished row is older than
 * {@code outbox.readiness.max-age} (Kafka away, the relay failing). Writes are still stored durably
 * meanwhile; DOWN is the signal to look, and an orchestrator that routes by readiness stops sending
 * writes to an instance that cannot pass them on. A short outage (under the age) stays UP.
 * <p>
 * A dead letter does not take the instance DOWN: it holds back one stream only, every other stream
 * (and every new write) is published, and an instance out of rotation would refuse all of them for
 * the sake of one row. It is shown in the data (dead letters and the rows held behind them), in the
 * metrics and in the log; rows held behind it do not count as an old backlog. The data tells why in
 * a few words, never an exception's text (the log keeps that).
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
                .withData("deadLetters", status.deadLetters())
                .withData("heldBehindDeadLetters", status.heldBehindDeadLetters());
        if (status.deadLetters() > 0) {
            answer.withData("attention", status.deadLetters() + " dead-lettered row(s) wait for an operator");
        }
        if (ageSeconds > maxAge.toSeconds()) {
            return answer.down()
                    .withData("reason", "oldest unpublished row waits " + ageSeconds + " s (limit " + maxAge.toSeconds() + " s)")
                    .build();
        }
        return answer.up().build();
    }
}
