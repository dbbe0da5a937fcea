package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Outbox;
import dk.erhvervshus.eventstore.OutboxMessage;
import dk.erhvervshus.eventstore.Transactions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes the outbox to Kafka in position order, in rounds: take the advisory lock (one relaying
 * instance at a time), read up to {@code outbox.batch-size} publishable rows, send them
 * ({@link BatchPublisher}: in chunks, never two rows of one stream in flight, stopping at the first
 * failure), stamp the acknowledged prefix as published, commit. Rounds follow each other at once
 * while there is a full batch; then the relay waits for a commit to wake it (PostgreSQL
 * LISTEN/NOTIFY, {@link WakeUps}) or for the poll interval, on a thread of its own.
 *
 * <p>A round is bounded in time, so its transaction never stays open for long: the producer gives
 * up a send after {@code outbox.max-block} (metadata) or {@code outbox.delivery-timeout}, the round
 * stops waiting at {@code outbox.round-timeout}, and PostgreSQL ends a transaction left idle longer
 * than both together (a guard behind the guard).
 *
 * <p>Delivery is at-least-once, on purpose: the database commit and the Kafka send cannot be one
 * atomic step. A crash or failed commit after Kafka acknowledged sends those rows again, and rows of
 * other streams sent in the chunk of a failed one are sent again; consumers deduplicate by aggregate
 * id + version. What never happens is a lost, skipped or reordered event of a stream: a retriable
 * failure (broker away, metadata timeout, missing rights) ends the round and the relay backs off
 * and retries for as long as it takes; a record the broker can never take (too large, ...) becomes a
 * dead letter and its stream waits behind it, while other streams flow on.
 *
 * <p>The producer is configured from every {@code kafka.*} key (bootstrap servers, security), with
 * durability and ordering settings that a service cannot weaken.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Beyond the round's own bounds, before PostgreSQL ends a transaction the relay left open. */
    private static final Duration IDLE_TRANSACTION_MARGIN = Duration.ofSeconds(5);

    /** What the relay is doing, as the readiness check tells it. */
    public enum State {
        DISABLED, PUBLISHING, RETRYING;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final boolean enabled;
    private final int batchSize;
    private final int chunkSize;
    private final Duration pollInterval;
    private final Duration initialDelay;
    private final Duration roundTimeout;
    private final Duration deliveryTimeout;
    private final Duration maxBlock;
    private final RelayBackoff backoff;
    private final WakeUps wakeUps;
    private final RelayMeters meters;
    private Producer<String, byte[]> producer;
    private volatile String lastFailure;
    private volatile boolean stopping;
    private Thread thread;

    @Inject
    public OutboxRelay(Transactions transactions, Outbox outbox, Clock clock, DataSource dataSource,
                       MeterRegistry registry,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = EventStore.SOURCE_KEY) String source,
                       @ConfigProperty(name = "outbox.relay-enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "outbox.wake-on-commit", defaultValue = "true") boolean wakeOnCommit,
                       @ConfigProperty(name = "outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
                       @ConfigProperty(name = "outbox.initial-delay", defaultValue = "1s") Duration initialDelay,
                       @ConfigProperty(name = "outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "outbox.chunk-size", defaultValue = "100") int chunkSize,
                       @ConfigProperty(name = "outbox.round-timeout", defaultValue = "5s") Duration roundTimeout,
                       @ConfigProperty(name = "outbox.delivery-timeout", defaultValue = "4s") Duration deliveryTimeout,
                       @ConfigProperty(name = "outbox.max-block", defaultValue = "2s") Duration maxBlock,
                       @ConfigProperty(name = "outbox.backoff-initial", defaultValue = "1s") Duration backoffInitial,
                       @ConfigProperty(name = "outbox.backoff-max", defaultValue = "30s") Duration backoffMax) {
        if (deliveryTimeout.compareTo(roundTimeout) > 0) {
            throw new IllegalArgumentException("outbox.delivery-timeout (" + deliveryTimeout + ") must not exceed "
                    + "outbox.round-timeout (" + roundTimeout + "): the round would give up on sends the producer "
                    + "still retries");
        }
        if (batchSize < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("outbox.batch-size and outbox.chunk-size must be at least 1");
        }
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        // Named after the service so the broker's logs and quotas tell the relays apart.
        this.clientId = source + "-outbox-relay";
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.chunkSize = chunkSize;
        this.pollInterval = pollInterval;
        this.initialDelay = initialDelay;
        this.roundTimeout = roundTimeout;
        this.deliveryTimeout = deliveryTimeout;
        this.maxBlock = maxBlock;
        this.backoff = new RelayBackoff(backoffInitial, backoffMax);
        this.wakeUps = new WakeUps(dataSource, outbox, wakeOnCommit);
        this.meters = new RelayMeters(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("the outbox relay is disabled (outbox.relay-enabled=false)");
            return;
        }
        thread = new Thread(this::relayUntilStopped, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
            try {
                // A round ends within its bounds; the wait for a wake-up within the poll interval.
                thread.join(roundTimeout.plus(maxBlock).plus(pollInterval).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer(Duration.ofSeconds(5));
    }

    public State state() {
        if (!enabled) {
            return State.DISABLED;
        }
        return backoff.isBackingOff() ? State.RETRYING : State.PUBLISHING;
    }

    /** A few words on why the last round failed, while the relay is retrying; never an exception's text. */
    public Optional<String> lastFailure() {
        return backoff.isBackingOff() ? Optional.ofNullable(lastFailure) : Optional.empty();
    }

    private void relayUntilStopped() {
        try {
            Thread.sleep(initialDelay.toMillis());
            while (!stopping) {
                try {
                    if (backoff.mayRunAt(clock.instant())) {
                        relayUntilCaughtUp();
                    }
                    Duration pause = backoff.remainingAt(clock.instant());
                    wakeUps.await(pause.isZero() || pause.compareTo(pollInterval) > 0 ? pollInterval : pause);
                } catch (RuntimeException e) {
                    // Never seen; but a relay that stops on one would leave the outbox to grow unnoticed.
                    LOG.error("unexpected failure in the outbox relay; it goes on after the poll interval", e);
                    Thread.sleep(pollInterval.toMillis());
                }
            }
        } catch (InterruptedException e) {
            if (!stopping) {
                LOG.error("the outbox relay was interrupted and stops", e);
            }
        } finally {
            wakeUps.close();
        }
    }

    private void relayUntilCaughtUp() {
        Round round;
        do {
            round = timedRound();
            meters.counted(round);
            if (round.outcome() == Round.Outcome.DEAD_LETTERED) {
                // The refused record may have left the producer's idempotence state for its partition
                // behind; a fresh producer starts clean.
                closeProducer(Duration.ZERO);
            }
        } while (!stopping && round.callsForAnother(batchSize));
        if (round.failure() != null) {
            failed(round);
        } else {
            backoff.succeeded();
            lastFailure = null;
        }
    }

    private Round timedRound() {
        long started = System.nanoTime();
        Round round;
        try {
            round = relayOneRound();
        } catch (RuntimeException e) {
            // The database failed (EventStoreException), or something unexpected: nothing was stamped.
            round = Round.failed(0, e);
        }
        if (round.outcome() != Round.Outcome.EMPTY && round.outcome() != Round.Outcome.LOCKED) {
            meters.roundTook(Duration.ofNanos(System.nanoTime() - started));
        }
        return round;
    }

    private Round relayOneRound() {
        return transactions.inTransaction(connection -> {
            outbox.limitIdleTime(connection, roundTimeout.plus(maxBlock).plus(IDLE_TRANSACTION_MARGIN));
            if (!outbox.tryLockForRelay(connection)) {
                return Round.locked();
            }
            RoundDeadline deadline = RoundDeadline.in(roundTimeout);
            List<OutboxMessage> batch = outbox.fetchPublishable(connection, batchSize);
            if (batch.isEmpty()) {
                return Round.empty();
            }
            BatchPublisher.Result result = BatchPublisher.publish(producer(), batch, chunkSize, deadline);
            List<Long> acknowledged = batch.subList(0, result.acknowledged()).stream()
                    .map(OutboxMessage::position).toList();
            // Committed even when the batch failed part-way: the acknowledged prefix is done.
            outbox.markPublished(connection, acknowledged, clock.instant());
            if (result.failedForGood()) {
                OutboxMessage refused = batch.get(result.failedAt());
                outbox.deadLetter(connection, refused.position(), SendFailures.deadLetterReason(result.failure()),
                        clock.instant());
                LOG.warnf("outbox row %d of stream %s (%s, %d bytes) can never be published as it is (%s): "
                                + "dead-lettered; its stream waits behind it until it is retried", refused.position(),
                        refused.key(), refused.topic(), refused.value().length, result.failure().toString());
                return Round.deadLettered(acknowledged.size());
            }
            return result.failed() ? Round.failed(acknowledged.size(), result.failure())
                    : Round.published(acknowledged.size());
        });
    }

    private void failed(Round round) {
        Exception cause = round.failure();
        if (stopping) {
            // Shutdown closed the producer under a running round; its rows are resent after restart.
            LOG.debugf("outbox relay round ended by shutdown (%s)", cause);
            return;
        }
        lastFailure = SendFailures.shortReason(cause);
        Duration pause = backoff.failedAt(clock.instant());
        LOG.warnf("outbox relay round failed after publishing %d (%s); retrying in %s", round.published(),
                cause.toString(), pause);
        // A fresh producer after a failure starts from clean connections and a new idempotence epoch.
        closeProducer(Duration.ZERO);
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // Durable and ordered: every in-sync replica has it, and retries cannot duplicate or reorder.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        // The relay waits for every chunk's acknowledgements anyway; lingering would only add latency.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        long deliveryMs = deliveryTimeout.toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
        // delivery.timeout.ms must cover linger.ms + request.timeout.ms; half leaves room for one retry.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, deliveryMs / 2));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
        return config;
    }

    private synchronized void closeProducer(Duration timeout) {
        if (producer != null) {
            try {
                producer.close(timeout);
            } catch (RuntimeException e) {
                LOG.debug("closing the Kafka producer failed", e);
            }
            producer = null;
        }
    }

    /** One round's result. */
    record Round(Outcome outcome, int published, Exception failure) {

        enum Outcome {
            /** Another instance holds the relay lock. */
            LOCKED,
            EMPTY,
            PUBLISHED,
            /** A record the broker can never take was moved out of the way; what came before it is published. */
            DEAD_LETTERED,
            /** A retriable failure; what came before it is published. */
            FAILED;

            String tag() {
                return name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }

        static Round locked() {
            return new Round(Outcome.LOCKED, 0, null);
        }

        static Round empty() {
            return new Round(Outcome.EMPTY, 0, null);
        }

        static Round published(int published) {
            return new Round(Outcome.PUBLISHED, published, null);
        }

        static Round deadLettered(int published) {
            return new Round(Outcome.DEAD_LETTERED, published, null);
        }

        static Round failed(int published, Exception failure) {
            return new Round(Outcome.FAILED, published, failure);
        }

        /** A full batch, or a dead letter out of the way: more may be waiting, so go on at once. */
        boolean callsForAnother(int batchSize) {
            return outcome == Outcome.DEAD_LETTERED || (outcome == Outcome.PUBLISHED && published == batchSize);
        }
    }

    /** The relay's own meters; the outbox's gauges are {@link OutboxMonitor}'s. */
    private static final class RelayMeters {

        private final MeterRegistry registry;
        private final Counter published;
        private final Counter deadLettered;
        private final Timer rounds;

        RelayMeters(MeterRegistry registry) {
            this.registry = registry;
            this.published = Counter.builder("erhvervshus.outbox.published").baseUnit("records")
                    .description("Outbox records Kafka acknowledged").register(registry);
            this.deadLettered = Counter.builder("erhvervshus.outbox.dead.lettered").baseUnit("records")
                    .description("Outbox records moved out of the way because the broker can never take them")
                    .register(registry);
            this.rounds = Timer.builder("erhvervshus.outbox.relay.round")
                    .description("How long relay rounds that read rows took, lock to commit (the transaction)")
                    .register(registry);
            for (Round.Outcome outcome : Round.Outcome.values()) {
                roundsCounter(outcome);
            }
        }

        private Counter roundsCounter(Round.Outcome outcome) {
            return Counter.builder("erhvervshus.outbox.relay.rounds").tag("outcome", outcome.tag())
                    .description("Relay rounds by how they ended; failed ones are retried after a pause")
                    .register(registry);
        }

        void counted(Round round) {
            roundsCounter(round.outcome()).increment();
            published.increment(round.published());
            if (round.outcome() == Round.Outcome.DEAD_LETTERED) {
                deadLettered.increment();
            }
        }

        void roundTook(Duration duration) {
            rounds.record(duration);
        }
    }
}
