package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads {@code guidance-events} and {@code survey-events} on its own thread, as one consumer
 * subscribed to both topics, and applies each poll (records of either topic or both) as one
 * database transaction that also stores the next offset per partition ({@code consumer_positions}). The
 * database, not Kafka, owns the position: on assignment each partition is sought to the stored
 * offset, so a crash between the commit and anything after it re-reads nothing that counted and
 * loses nothing that did not. Offsets are also committed to Kafka after the database commit, only
 * so that lag tooling sees them; being written afterwards they are never ahead of the database.
 */
@ApplicationScoped
public class EventConsumer {

    /** Every topic a read model is projected from; one group, one thread, one transaction per poll. */
    public static final List<String> TOPICS = List.of(Topics.GUIDANCE_EVENTS, Topics.SURVEY_EVENTS);

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ConsumerSettings settings;
    private final Map<String, Object> kafkaConfig;
    private final ProjectionStore store;
    private final AtomicReference<ConsumerStatus> status = new AtomicReference<>(ConsumerStatus.STOPPED);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /** @param kafkaConfig every {@code kafka.*} key (bootstrap servers, SASL settings), as the outbox relay gets them */
    public EventConsumer(ConsumerSettings settings,
                         @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                         ProjectionStore store) {
        this.settings = settings;
        this.kafkaConfig = kafkaConfig;
        this.store = store;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            status.set(ConsumerStatus.DISABLED);
            LOG.info("projection consumer disabled (reporting.consumer.enabled=false)");
            return;
        }
        status.set(ConsumerStatus.STARTING);
        thread = new Thread(this::run, "events-projection");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        KafkaConsumer<String, byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(30).toMillis());
        }
    }

    public ConsumerStatus status() {
        return status.get();
    }

    public String lastError() {
        return lastError.get();
    }

    /** The partitions this instance reads now; with several instances each has a part of them. */
    public Set<TopicPartition> assignedPartitions() {
        return Set.copyOf(assigned);
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties(), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            kafka.subscribe(TOPICS, new SeekToStoredPositions(kafka));
            status.set(ConsumerStatus.RUNNING);
            while (!stopping) {
                ConsumerRecords<String, byte[]> records = kafka.poll(settings.pollTimeout());
                if (!records.isEmpty()) {
                    applyOrRewind(kafka, records);
                }
            }
        } catch (WakeupException e) {
            if (!stopping) {
                LOG.error("projection consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            lastError.set(ConsumerReadinessCheck.reasonFor(e));
            LOG.error("projection consumer stopped", e);
        } finally {
            assigned.clear();
            status.set(ConsumerStatus.STOPPED);
        }
    }

    private void applyOrRewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        List<ConsumedRecord> consumed = new ArrayList<>(records.count());
        records.forEach(r -> consumed.add(ConsumedRecord.of(r)));
        DecodedBatch batch = DecodedBatch.decode(consumed);
        try {
            // This is the consumer's own thread, not an event loop: blocking on the transaction
            // keeps the order of batches and the position exactly where the database has it.
            store.apply(batch).await().atMost(settings.transactionTimeout());
            status.set(ConsumerStatus.RUNNING);
            lastError.set(null);
            kafka.commitAsync(kafkaOffsets(batch), null);
        } catch (RuntimeException e) {
            status.set(ConsumerStatus.RETRYING);
            lastError.set(ConsumerReadinessCheck.reasonFor(e));
            LOG.warnf(e, "batch of %d records not applied; reading it again in %s", records.count(), settings.retryBackoff());
            rewind(kafka, records);
            pause(settings.retryBackoff());
        }
    }

    /** Puts every partition of the failed batch back to its first record, so nothing is skipped. */
    private static void rewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            kafka.seek(partition, inPartition.get(0).offset());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> kafkaOffsets(DecodedBatch batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        batch.nextOffsets().forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** The broker connection from {@code kafka.*}; the consumer's own behaviour on top, so no key can weaken it. */
    private Properties properties() {
        Properties p = new Properties();
        p.putAll(kafkaConfig);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-projection");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(1000, settings.sessionTimeout().toMillis() / 3));
        return p;
    }

    /**
     * Seeks newly assigned partitions to the offsets stored with the read models. If the database
     * cannot be read here, the partitions keep Kafka's committed offsets, which are never ahead of
     * the database: the worst case is redelivery, which the version checks make harmless.
     */
    private final class SeekToStoredPositions implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, byte[]> kafka;

        SeekToStoredPositions(KafkaConsumer<String, byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned.addAll(partitions);
            if (partitions.isEmpty()) {
                return;
            }
            Map<TopicPartition, Long> stored;
            try {
                stored = store.positions(TOPICS).await().atMost(settings.transactionTimeout());
            } catch (RuntimeException e) {
                LOG.warnf(e, "cannot read stored positions; %s continue from Kafka's committed offsets", partitions);
                return;
            }
            List<TopicPartition> fromBeginning = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                Long next = stored.get(partition);
                if (next == null) {
                    fromBeginning.add(partition);
                } else {
                    kafka.seek(partition, next);
                }
            }
            if (!fromBeginning.isEmpty()) {
                kafka.seekToBeginning(fromBeginning);
            }
            LOG.infof("assigned %s; stored positions %s", partitions, stored);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to flush: every applied batch already committed its positions with its effects.
            assigned.removeAll(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            assigned.removeAll(partitions);
        }
    }
}
