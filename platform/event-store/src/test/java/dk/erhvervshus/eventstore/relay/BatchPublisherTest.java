package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.OutboxMessage;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPublisherTest {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(5);

    private static final List<OutboxMessage> BATCH = List.of(
            message(101, "guidance-events", "course-a"), message(102, "survey-events", "response-b"),
            message(103, "guidance-events", "course-a"), message(104, "guidance-events", "course-c"));

    private static OutboxMessage message(long position, String topic, String key) {
        return new OutboxMessage(position, topic, key, ("event " + position).getBytes(StandardCharsets.UTF_8));
    }

    /** A producer that acknowledges everything except the records it is told to fail or refuse. */
    private static final class ScriptedProducer extends MockProducer<String, byte[]> {

        private final Set<Long> nackedPositions;
        private final Set<Long> refusedPositions;

        ScriptedProducer(Set<Long> nackedPositions, Set<Long> refusedPositions) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.nackedPositions = nackedPositions;
            this.refusedPositions = refusedPositions;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            long position = Long.parseLong(new String(record.value(), StandardCharsets.UTF_8).substring(6));
            if (refusedPositions.contains(position)) {
                throw new TimeoutException("metadata not available");
            }
            if (nackedPositions.contains(position)) {
                return CompletableFuture.failedFuture(new TimeoutException("expired before the broker acknowledged"));
            }
            return super.send(record, callback);
        }
    }

    @Test
    void a_fully_acknowledged_batch_is_published_in_position_order_keyed_by_aggregate_to_each_rows_topic() {
        ScriptedProducer producer = new ScriptedProducer(Set.of(), Set.of());

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, ACK_TIMEOUT);

        assertThat(result.failed()).isFalse();
        assertThat(result.ackedPrefix()).isEqualTo(4);
        assertThat(producer.history()).extracting(ProducerRecord::key)
                .containsExactly("course-a", "response-b", "course-a", "course-c");
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly("guidance-events", "survey-events", "guidance-events", "guidance-events");
    }

    @Test
    void only_the_acknowledged_prefix_counts_when_a_message_in_the_middle_fails() {
        ScriptedProducer producer = new ScriptedProducer(Set.of(102L), Set.of());

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, ACK_TIMEOUT);

        // 103 and 104 may have reached Kafka, but they stay unpublished so nothing is ever skipped.
        assertThat(result.ackedPrefix()).isEqualTo(1);
        assertThat(result.failure()).isInstanceOf(TimeoutException.class);
    }

    @Test
    void a_refused_send_stops_the_batch_so_later_messages_cannot_overtake_it() {
        ScriptedProducer producer = new ScriptedProducer(Set.of(), Set.of(103L));

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, ACK_TIMEOUT);

        assertThat(result.ackedPrefix()).isEqualTo(2);
        assertThat(result.failed()).isTrue();
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void a_broker_that_is_away_from_the_first_message_publishes_nothing() {
        ScriptedProducer producer = new ScriptedProducer(Set.of(), Set.of(101L));

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, ACK_TIMEOUT);

        assertThat(result.ackedPrefix()).isZero();
        assertThat(result.failed()).isTrue();
    }
}
