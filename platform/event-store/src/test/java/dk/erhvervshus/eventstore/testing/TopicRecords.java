package dk.erhvervshus.eventstore.testing;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.stack.testing.RealInfra;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a topic from the beginning with a plain KafkaConsumer, decodes every record with the
 * contract's EventCodec and keeps those of the aggregates a test cares about, as a consumer service
 * would see them. It connects to the broker of the running RealInfraTestResource ({@link RealInfra})
 * as its admin: the service under test may only write its topic, not read it. Shipped in
 * event-store's test jar.
 */
public final class TopicRecords {

    /** One record as it arrived: its Kafka key and the decoded envelope. */
    public record Received(String key, EventEnvelope envelope) {
    }

    private TopicRecords() {
    }

    /**
     * Polls until at least {@code expected} records arrived for each aggregate, then keeps polling
     * for {@code settle} to catch any duplicate that would arrive late.
     */
    public static Map<String, List<Received>> readUntil(String topic, Map<String, Integer> expected,
                                                        Duration timeout, Duration settle) {
        Set<String> aggregateIds = expected.keySet();
        Map<String, List<Received>> received = new HashMap<>();
        read(topic, envelope -> aggregateIds.contains(envelope.aggregateId()),
                record -> received.computeIfAbsent(record.envelope().aggregateId(), id -> new ArrayList<>()).add(record),
                () -> expected.entrySet().stream()
                        .allMatch(e -> received.getOrDefault(e.getKey(), List.of()).size() >= e.getValue()),
                timeout, settle);
        return received;
    }

    /**
     * The events on {@code topic} that carry {@code writeId}, each once (a redelivery of the same
     * aggregate and version is dropped, as a consumer deduplicates): polls until {@code expected}
     * have arrived, then for {@code settle} more, so that an event beyond the expected ones is seen
     * too. A write that appended nothing ({@code expected} 0) is looked for during {@code settle}.
     */
    public static List<EventEnvelope> ofWrite(String topic, UUID writeId, int expected, Duration timeout,
                                              Duration settle) {
        return ofWrites(topic, Map.of(writeId, expected), timeout, settle).get(writeId);
    }

    /** {@link #ofWrite} for several writes at once, in one read of the topic: writeId → its distinct events. */
    public static Map<UUID, List<EventEnvelope>> ofWrites(String topic, Map<UUID, Integer> expected, Duration timeout,
                                                          Duration settle) {
        Map<UUID, Map<String, EventEnvelope>> distinct = new HashMap<>();
        expected.keySet().forEach(writeId -> distinct.put(writeId, new LinkedHashMap<>()));
        read(topic, envelope -> envelope.writeId() != null && expected.containsKey(envelope.writeId()),
                record -> distinct.get(record.envelope().writeId()).putIfAbsent(
                        record.envelope().aggregateId() + "#" + record.envelope().version(), record.envelope()),
                () -> expected.entrySet().stream().allMatch(e -> distinct.get(e.getKey()).size() >= e.getValue()),
                timeout, settle);
        Map<UUID, List<EventEnvelope>> events = new HashMap<>();
        distinct.forEach((writeId, byVersion) -> events.put(writeId, List.copyOf(byVersion.values())));
        return events;
    }

    /** Hands each kept record to {@code sink} until {@code enough} holds and {@code settle} has passed. */
    private static void read(String topic, Predicate<EventEnvelope> keep, Consumer<Received> sink,
                             BooleanSupplier enough, Duration timeout, Duration settle) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            assignAllPartitions(consumer, topic);
            Instant deadline = Instant.now().plus(timeout);
            Instant settledAt = null;
            while (Instant.now().isBefore(deadline) && (settledAt == null || Instant.now().isBefore(settledAt))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope envelope = EventCodec.fromBytes(record.value());
                    if (keep.test(envelope)) {
                        sink.accept(new Received(record.key(), envelope));
                    }
                }
                if (settledAt == null && enough.getAsBoolean()) {
                    settledAt = Instant.now().plus(settle);
                }
            }
        }
    }

    /**
     * A consumer of {@code topic} positioned at its end now, polling on a thread of its own, that
     * notes when the first record of each aggregate arrives ({@link System#nanoTime()}): how long a
     * write takes to reach the topic.
     */
    public static Tail tail(String topic) {
        return new Tail(topic);
    }

    /** See {@link #tail(String)}. */
    public static final class Tail implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean stopped;

        private Tail(String topic) {
            consumer = new KafkaConsumer<>(properties(), new StringDeserializer(), new ByteArrayDeserializer());
            Collection<TopicPartition> assigned = assignAllPartitions(consumer, topic);
            consumer.seekToEnd(assigned);
            // seekToEnd is lazy: resolve the positions now, before the test writes anything.
            assigned.forEach(consumer::position);
            thread = new Thread(this::poll, "topic-tail-" + topic);
            thread.setDaemon(true);
            thread.start();
        }

        private void poll() {
            try {
                while (!stopped) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        arrivals.putIfAbsent(record.key(), now);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException closing) {
                // close() ends the poll
            } finally {
                consumer.close(Duration.ZERO);
            }
        }

        /** When the first record keyed {@code aggregateId} arrived, on the nanoTime clock; waits up to {@code timeout}. */
        public long arrivalNanos(String aggregateId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!arrivals.containsKey(aggregateId)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no record of " + aggregateId + " within " + timeout);
                }
                Thread.sleep(1);
            }
            return arrivals.get(aggregateId);
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            consumer.wakeup();
            thread.join(5_000);
        }
    }

    private static Collection<TopicPartition> assignAllPartitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> partitions = List.of();
        Instant deadline = Instant.now().plusSeconds(30);
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            // The test resource created the topic; its metadata may reach the client a moment later.
            try {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
                partitions = List.of();
            }
        }
        Collection<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        return assigned;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.putAll(RealInfra.broker().adminProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return properties;
    }
}
