package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.Outbox;
import dk.erhvervshus.eventstore.OutboxStatus;
import dk.erhvervshus.eventstore.Transactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * How far publication is behind, for the readiness check and the outbox gauges. One look at the
 * unpublished rows serves both for a second, so a scrape of three gauges and a health probe cost
 * one query, not four. A database that cannot be asked gives no status (gauges NaN, readiness DOWN).
 */
@Startup
@ApplicationScoped
public class OutboxMonitor {

    private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;
    private volatile Snapshot last;

    private record Snapshot(Optional<OutboxStatus> status, Instant takenAt) {
    }

    @Inject
    public OutboxMonitor(Transactions transactions, Outbox outbox, Clock clock, MeterRegistry registry) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    @PostConstruct
    void registerGauges() {
        gauge("erhvervshus.outbox.backlog", "rows", "Outbox rows waiting for the relay (dead letters and the rows "
                + "held behind them not included)", OutboxStatus::unpublished);
        gauge("erhvervshus.outbox.oldest.unpublished.age", "seconds", "How long the oldest unpublished outbox row "
                + "has waited; 0 when there is none", s -> s.oldestUnpublishedAge(clock.instant()).toMillis() / 1000.0);
        gauge("erhvervshus.outbox.dead.letters", "rows", "Outbox rows the broker could never take, waiting for an "
                + "operator (GET /api/v1/operations/outbox/dead-letters)", OutboxStatus::deadLetters);
        gauge("erhvervshus.outbox.held.behind.dead.letters", "rows", "Later outbox rows of a dead letter's stream, "
                + "waiting behind it so that the stream's order is kept", OutboxStatus::heldBehindDeadLetters);
    }

    private void gauge(String name, String unit, String description, ToDoubleFunction<OutboxStatus> value) {
        Gauge.builder(name, this, monitor -> monitor.status().map(value::applyAsDouble).orElse(Double.NaN))
                .baseUnit(unit).description(description).register(registry);
    }

    /** The outbox's status, at most a second old; empty while the database cannot be asked. */
    public Optional<OutboxStatus> status() {
        Instant now = clock.instant();
        Snapshot snapshot = last;
        if (snapshot == null || snapshot.takenAt().plus(FRESH_FOR).isBefore(now)) {
            snapshot = new Snapshot(query(), now);
            last = snapshot;
        }
        return snapshot.status();
    }

    private Optional<OutboxStatus> query() {
        try {
            return Optional.of(transactions.read(outbox::status));
        } catch (RuntimeException e) {
            LOG.debugf("the outbox status could not be read (%s)", e.toString());
            return Optional.empty();
        }
    }
}
