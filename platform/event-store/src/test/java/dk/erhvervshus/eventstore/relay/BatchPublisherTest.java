package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.OutboxMessage;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round's sending rules against Kafka's MockProducer driven the way the real producer behaves:
 * acknowledgements and failures arrive through the futures, later, on another thread (a delivery
 * timeout, a record the broker refuses), or are already failed when send() returns (a metadata
 * timeout after max.block.ms, a record over max.request.size); send() itself throws only for a
 * record it cannot serialise.
 */
class BatchPublisherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** Positions 101-104: course-a has two events, so its second waits for a chunk of its own. */
    private static final List<OutboxMessage> BATCH = List.of(
            message(101, "guidance-events", "course-a"), message(102, "survey-events", "response-b"),
            message(103, "guidance-events", "course-a"), message(104, "guidance-events", "course-c"));

    private static OutboxMessage message(long position, String topic, String key) {
        return new OutboxMessage(position, topic, key, ("event " + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long positionOf(ProducerRecord<String, byte[]> record) {
        return Long.parseLong(new String(record.value(), StandardCharsets.UTF_8).substring(6));
    }

    /** Acknowledges nothing by itself: the test completes or fails each send, as the broker would. */
    private static MockProducer<String, byte[]> broker() {
        return new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The real producer's answer to a send it gives up on before anything goes out: send() blocks (up
     * to max.block.ms for metadata), calls the callback and returns an already failed future.
     */
    private static final class FailsOnReturn extends MockProducer<String, byte[]> {

        private final long failingPosition;
        private final RuntimeException failure;
        private int calls;

        FailsOnReturn(long failingPosition, RuntimeException failure) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.failingPosition = failingPosition;
            this.failure = failure;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            calls++;
            if (positionOf(record) == failingPosition) {
                callback.onCompletion(null, failure);
                return CompletableFuture.failedFuture(failure);
            }
            return super.send(record, callback);
        }
    }

    private static CompletableFuture<BatchPublisher.Result> publishInBackground(MockProducer<String, byte[]> producer,
                                                                               Duration roundTimeout) {
        return CompletableFuture.supplyAsync(() ->
                BatchPublisher.publish(producer, BATCH, 100, RoundDeadline.in(roundTimeout)));
    }

    private static void awaitSends(MockProducer<String, byte[]> producer, int count) {
        awaitThat(() -> producer.history().size() >= count);
    }

    private static void awaitThat(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void a_fully_acknowledged_batch_is_published_in_position_order_keyed_by_aggregate_to_each_rows_topic() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer());

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, 100, RoundDeadline.in(PATIENCE));

        assertThat(result.failed()).isFalse();
        assertThat(result.acknowledged()).isEqualTo(4);
        assertThat(producer.history()).extracting(ProducerRecord::key)
                .containsExactly("course-a", "response-b", "course-a", "course-c");
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly("guidance-events", "survey-events", "guidance-events", "guidance-events");
    }

    @Test
    void a_later_event_of_a_stream_is_handed_over_only_after_its_earlier_one_was_acknowledged() throws Exception {
        MockProducer<String, byte[]> producer = broker();
        CompletableFuture<BatchPublisher.Result> round = publishInBackground(producer, PATIENCE);

        awaitSends(producer, 2);
        Thread.sleep(200);
        // 103 is course-a's second event: it waits for 101's acknowledgement.
        assertThat(producer.history()).extracting(BatchPublisherTest::positionOf).containsExactly(101L, 102L);
        producer.completeNext();
        producer.completeNext();
        awaitSends(producer, 4);
        producer.completeNext();
        producer.completeNext();

        assertThat(round.get().acknowledged()).isEqualTo(4);
        assertThat(producer.history()).extracting(BatchPublisherTest::positionOf).containsExactly(101L, 102L, 103L, 104L);
    }

    @Test
    void a_future_that_fails_later_ends_the_round_at_the_acknowledged_prefix_and_nothing_after_it_is_sent()
            throws Exception {
        MockProducer<String, byte[]> producer = broker();
        CompletableFuture<BatchPublisher.Result> round = publishInBackground(producer, PATIENCE);

        awaitSends(producer, 2);
        producer.completeNext();
        producer.errorNext(new TimeoutException("Expiring 1 record(s) for survey-events-3: 4001 ms has passed"));
        BatchPublisher.Result result = round.get();

        assertThat(result.acknowledged()).isEqualTo(1);
        assertThat(result.failure()).isInstanceOf(TimeoutException.class);
        assertThat(result.failedAt()).isEqualTo(1);
        assertThat(result.failedForGood()).isFalse();
        assertThat(producer.history()).extracting(BatchPublisherTest::positionOf).containsExactly(101L, 102L);
    }

    @Test
    void a_send_that_returns_a_failed_future_after_blocking_for_metadata_stops_the_round_at_once() {
        FailsOnReturn producer = new FailsOnReturn(101, new TimeoutException("Topic guidance-events not present in "
                + "metadata after 2000 ms."));

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, 100, RoundDeadline.in(PATIENCE));

        assertThat(result.acknowledged()).isZero();
        assertThat(result.failure()).isInstanceOf(TimeoutException.class);
        // The old relay went on sending, each send blocking max.block.ms again, in one open transaction.
        assertThat(producer.calls).isEqualTo(1);
    }

    @Test
    void a_record_the_broker_refuses_as_too_large_fails_for_good_and_the_records_before_it_count() throws Exception {
        MockProducer<String, byte[]> producer = broker();
        CompletableFuture<BatchPublisher.Result> round = publishInBackground(producer, PATIENCE);

        awaitSends(producer, 2);
        producer.completeNext();
        producer.completeNext();
        awaitSends(producer, 4);
        producer.errorNext(new RecordTooLargeException("The request included a message larger than the max message "
                + "size the server will accept."));
        producer.completeNext();
        BatchPublisher.Result result = round.get();

        assertThat(result.acknowledged()).isEqualTo(2);
        assertThat(result.failedAt()).isEqualTo(2);
        assertThat(result.failedForGood()).isTrue();
    }

    @Test
    void a_record_over_the_producers_own_limit_fails_on_return_and_for_good() {
        FailsOnReturn producer = new FailsOnReturn(102, new RecordTooLargeException("The message is 1100000 bytes "
                + "when serialized which is larger than 1048576, which is the value of the max.request.size "
                + "configuration."));

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, 100, RoundDeadline.in(PATIENCE));

        assertThat(result.acknowledged()).isEqualTo(1);
        assertThat(result.failedAt()).isEqualTo(1);
        assertThat(result.failedForGood()).isTrue();
        assertThat(producer.calls).isEqualTo(2);
    }

    @Test
    void a_record_that_cannot_be_serialised_is_refused_by_send_itself_and_fails_for_good() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                if (positionOf(record) == 104) {
                    throw new SerializationException("cannot serialise");
                }
                return super.send(record, callback);
            }
        };

        BatchPublisher.Result result = BatchPublisher.publish(producer, BATCH, 100, RoundDeadline.in(PATIENCE));

        assertThat(result.acknowledged()).isEqualTo(3);
        assertThat(result.failedAt()).isEqualTo(3);
        assertThat(result.failedForGood()).isTrue();
    }

    @Test
    void a_broker_that_never_answers_ends_the_round_at_its_deadline_with_nothing_acknowledged() throws Exception {
        MockProducer<String, byte[]> producer = broker();
        long started = System.nanoTime();

        BatchPublisher.Result result = publishInBackground(producer, Duration.ofMillis(300)).get();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(result.acknowledged()).isZero();
        assertThat(result.failed()).isTrue();
        assertThat(result.failedAt()).isEqualTo(-1);
        assertThat(result.failedForGood()).isFalse();
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void a_chunk_ends_where_a_stream_repeats_or_at_the_chunk_size() {
        List<OutboxMessage> batch = List.of(message(1, "t", "a"), message(2, "t", "b"), message(3, "t", "c"),
                message(4, "t", "a"), message(5, "t", "d"));

        assertThat(BatchPublisher.endOfChunk(batch, 0, 100)).isEqualTo(3);
        assertThat(BatchPublisher.endOfChunk(batch, 0, 2)).isEqualTo(2);
        assertThat(BatchPublisher.endOfChunk(batch, 3, 100)).isEqualTo(5);
        assertThat(BatchPublisher.endOfChunk(List.of(message(1, "t", "a")), 0, 1)).isEqualTo(1);
    }
}
