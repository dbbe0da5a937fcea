package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;
import dk.erhvervshus.stack.KafkaAccess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How far events have travelled: outbox rows the write services' relays have not yet published,
 * the topics' end offsets (read as the broker's admin), and the next offsets a reporting-service
 * database has stored with its read models. Settled means nothing is left in either outbox and the
 * stored positions are the end offsets of every partition of both topics.
 */
final class Pipeline {

    static final List<String> TOPICS = List.of(KafkaAccess.GUIDANCE_EVENTS, KafkaAccess.SURVEY_EVENTS);
    private static final Duration POLL = Duration.ofMillis(500);

    private final RunningSystem system;

    Pipeline(RunningSystem system) {
        this.system = system;
    }

    /** Unpublished outbox rows of guidance-service plus survey-service. */
    long unpublished() {
        return count("guidance", "select count(*) from outbox where published_at is null")
                + count("survey", "select count(*) from outbox where published_at is null");
    }

    long count(String database, String sql) {
        try (Connection connection = system.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }

    Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = adminConsumer(system)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            return consumer.endOffsets(partitions, Duration.ofSeconds(30));
        }
    }

    /** The next offsets a reporting database has stored; a partition it never read is absent. */
    Map<TopicPartition, Long> positions(String reportingDatabase) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try (Connection connection = system.connect(reportingDatabase);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select topic, partition, next_offset from consumer_positions")) {
            while (rows.next()) {
                positions.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the positions of " + reportingDatabase + ": " + e.getMessage(), e);
        }
        return positions;
    }

    /** Records of both topics a reporting database has not yet applied. */
    long lag(String reportingDatabase, Map<TopicPartition, Long> endOffsets) {
        Map<TopicPartition, Long> positions = positions(reportingDatabase);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            lag += Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), 0L));
        }
        return lag;
    }

    /**
     * Waits until both outboxes are empty, the reporting database has applied everything up to the
     * end offsets and its goal maintainer has derived every house-year those events marked; fails
     * with what is left after {@code timeout}. Returns the end offsets.
     */
    Map<TopicPartition, Long> awaitSettled(String reportingDatabase, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String left = "";
        while (System.nanoTime() < deadline) {
            try {
                long unpublished = unpublished();
                Map<TopicPartition, Long> end = endOffsets();
                long lag = lag(reportingDatabase, end);
                long underived = count(reportingDatabase, "select count(*) from goal_dirty");
                if (unpublished == 0 && lag == 0 && underived == 0) {
                    return end;
                }
                left = unpublished + " outbox rows unpublished, " + lag + " records not applied by " + reportingDatabase
                        + ", " + underived + " house-years' goals not derived yet";
            } catch (RuntimeException e) {
                // The database or the broker may still be coming back from the last fault.
                left = e.getMessage();
            }
            sleep(POLL);
        }
        throw new IllegalStateException("not settled within " + timeout.toSeconds() + " s: " + left);
    }

    /** A consumer as the broker's admin, for end offsets and for reading whole topics; assign-only, no group. */
    static KafkaConsumer<byte[], byte[]> adminConsumer(RunningSystem system) {
        Properties properties = new Properties();
        properties.putAll(system.broker.adminProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
