package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Outbox;
import dk.erhvervshus.eventstore.OutboxMessage;
import dk.erhvervshus.eventstore.Transactions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
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

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes the outbox to Kafka in position order: read a batch of unpublished rows, send each to
 * its row's topic (key = aggregate id, so one aggregate's events share a partition and keep their
 * order), wait for the acknowledgements, then stamp the acknowledged prefix as published, all in
 * one transaction that holds an advisory lock so only one instance relays at a time.
 *
 * <p>Delivery is at-least-once, on purpose. Exactly-once would need the database commit and the
 * Kafka send to be one atomic step, which they cannot be. So the relay errs towards repeating: if
 * it crashes (or the commit fails) after Kafka acknowledged but before the rows were stamped, the
 * rows are sent again later. Consumers therefore deduplicate by aggregate id + version (each
 * envelope carries both). What can never happen is a lost event or a skipped one: a failure stops
 * the batch, the unacknowledged rest stays unpublished, and the relay backs off and retries, for as
 * long as the broker is away.
 *
 * <p>Order per aggregate holds although positions commit out of order across transactions: version
 * n+1 of a stream can only be appended by a transaction that has seen version n committed, so it
 * always gets a higher position and is never visible to the relay before version n.
 *
 * <p>The producer is configured from every {@code kafka.*} key (bootstrap servers, security), with
 * durability and ordering settings that a service cannot weaken.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final boolean enabled;
    private final int batchSize;
    private final Duration deliveryTimeout;
    private final Duration maxBlock;
    private final RelayBackoff backoff;
    private Producer<String, byte[]> producer;
    private volatile boolean stopping;

    @Inject
    public OutboxRelay(Transactions transactions, Outbox outbox, Clock clock,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = EventStore.SOURCE_KEY) String source,
                       @ConfigProperty(name = "outbox.relay-enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "outbox.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "outbox.delivery-timeout", defaultValue = "30s") Duration deliveryTimeout,
                       @ConfigProperty(name = "outbox.max-block", defaultValue = "10s") Duration maxBlock,
                       @ConfigProperty(name = "outbox.backoff-initial", defaultValue = "1s") Duration backoffInitial,
                       @ConfigProperty(name = "outbox.backoff-max", defaultValue = "30s") Duration backoffMax) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        // Named after the service so the broker's logs and quotas tell the relays apart.
        this.clientId = source + "-outbox-relay";
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.deliveryTimeout = deliveryTimeout;
        this.maxBlock = maxBlock;
        this.backoff = new RelayBackoff(backoffInitial, backoffMax);
    }

    @Scheduled(every = "${outbox.poll-interval:1s}", delayed = "${outbox.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        if (!enabled || stopping || !backoff.mayRunAt(clock.instant())) {
            return;
        }
        try {
            Round round;
            do {
                round = relayOneBatch();
            } while (round.published() == batchSize && round.failure() == null);
            if (round.failure() != null) {
                failed(round.failure());
            } else {
                backoff.succeeded();
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** True while the last round failed and the relay is waiting to retry (shown by the health check). */
    public boolean isBackingOff() {
        return backoff.isBackingOff();
    }

    private record Round(int published, Exception failure) {
    }

    private Round relayOneBatch() {
        return transactions.inTransaction(connection -> {
            if (!outbox.tryLockForRelay(connection)) {
                return new Round(0, null);
            }
            List<OutboxMessage> batch = outbox.fetchUnpublished(connection, batchSize);
            if (batch.isEmpty()) {
                return new Round(0, null);
            }
            BatchPublisher.Result result = BatchPublisher.publish(producer(), batch, ackTimeout());
            List<Long> acknowledged = batch.subList(0, result.ackedPrefix()).stream().map(OutboxMessage::position).toList();
            // Committed even when the batch failed part-way: the acknowledged prefix is done.
            outbox.markPublished(connection, acknowledged, clock.instant());
            return new Round(acknowledged.size(), result.failure());
        });
    }

    private void failed(Exception cause) {
        if (stopping) {
            // Shutdown closed the producer under a running round; its rows are resent after restart.
            LOG.debugf("outbox relay round ended by shutdown (%s)", cause);
            return;
        }
        Duration pause = backoff.failedAt(clock.instant());
        LOG.warnf("outbox relay round failed (%s); retrying in %s", cause.toString(), pause);
        // A fresh producer after a failure starts from clean connections and a new idempotence epoch.
        closeProducer(Duration.ZERO);
    }

    /** The producer promises to complete every send within delivery.timeout.ms; the margin is only a guard. */
    private Duration ackTimeout() {
        return deliveryTimeout.plusSeconds(5);
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
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long deliveryMs = deliveryTimeout.toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(10_000, deliveryMs / 2));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
        return config;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        closeProducer(Duration.ofSeconds(5));
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
}
