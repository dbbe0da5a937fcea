package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.e2e.RunningSystem;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both topics read from their beginning to their end offsets (as the broker's admin), each
 * aggregate's records in the order its partition holds them, against the ground truth: every
 * acknowledged event must be there, and the first time each version appears it must come after
 * the one before it (per-aggregate order). The relay is at-least-once by design, so a version seen
 * again later (after a crash between the broker's ack and the relay's stamp) is counted as a
 * redelivery, not as an error: the consumer skips it.
 */
final class TopicAudit {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

    record Verdict(long records, long redelivered, long outOfOrder, StreamCount streams) {
        boolean clean() {
            return outOfOrder == 0 && streams.clean();
        }
    }

    private final RunningSystem system;

    TopicAudit(RunningSystem system) {
        this.system = system;
    }

    Verdict audit(GroundTruth.Snapshot truth, Map<TopicPartition, Long> endOffsets) {
        Map<String, List<Long>> versions = read(endOffsets);
        long records = 0;
        long redelivered = 0;
        long outOfOrder = 0;
        Map<String, Long> distinct = new HashMap<>();
        List<String> orderProblems = new ArrayList<>();
        for (Map.Entry<String, List<Long>> stream : versions.entrySet()) {
            List<Long> seen = stream.getValue();
            records += seen.size();
            long highest = 0;
            java.util.Set<Long> first = new java.util.HashSet<>();
            for (long version : seen) {
                if (!first.add(version)) {
                    redelivered++;
                    continue;
                }
                if (version != highest + 1) {
                    outOfOrder++;
                    if (orderProblems.size() < 10) {
                        orderProblems.add(stream.getKey() + ": version " + version + " first seen after " + highest);
                    }
                }
                highest = Math.max(highest, version);
            }
            distinct.put(stream.getKey(), (long) first.size());
        }
        Map<String, Long> expected = new HashMap<>(truth.guidanceVersions());
        expected.putAll(truth.surveyVersions());
        StreamCount streams = StreamCount.compare(expected, distinct);
        List<String> differences = new ArrayList<>(orderProblems);
        differences.addAll(streams.differences());
        return new Verdict(records, redelivered, outOfOrder,
                new StreamCount(streams.aggregates(), streams.lostEvents(), streams.extraEvents(), differences));
    }

    /** Every record's envelope version per key (the aggregate id), in partition order. */
    private Map<String, List<Long>> read(Map<TopicPartition, Long> endOffsets) {
        Map<String, List<Long>> versions = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = Pipeline.adminConsumer(system)) {
            List<TopicPartition> partitions = new ArrayList<>(endOffsets.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reachedEnd(consumer, endOffsets)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end offsets within "
                            + READ_TIMEOUT.toMinutes() + " min");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= endOffsets.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    String key = record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
                    versions.computeIfAbsent(key, k -> new ArrayList<>()).add(version(record));
                }
            }
        }
        return versions;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> endOffsets) {
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static long version(ConsumerRecord<byte[], byte[]> record) {
        try {
            JsonNode envelope = Answer.JSON.readTree(record.value());
            return envelope.path("version").asLong(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
