package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.OutboxMessage;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one batch of outbox messages (one relay round) and reports how many of them, counted from
 * the first, Kafka acknowledged. Only that prefix may be marked published.
 *
 * <p>The batch goes out in chunks: a chunk holds at most {@code chunkSize} consecutive messages and
 * never two of the same stream (key), and the next chunk is sent only once every message of this
 * one is acknowledged. So a message is handed to the producer only after the previous message of
 * its stream was acknowledged: whatever fails, a stream's later event can never reach the topic
 * before its earlier one.
 *
 * <p>The first failure ends the batch, whether {@code send()} threw (serialisation, a closed
 * producer) or its future failed: the real producer reports nearly everything through the future,
 * also a metadata timeout after blocking {@code max.block.ms} and a record over
 * {@code max.request.size}, and such futures are failed already when {@code send()} returns. No
 * message is handed over after a failure has been seen; messages of other streams handed over in
 * the same chunk before it was known may reach the topic, stay unmarked and are sent again
 * (at-least-once). Waiting for acknowledgements ends at the round's deadline.
 */
final class BatchPublisher {

    private BatchPublisher() {
    }

    /**
     * @param acknowledged how many messages from the start of the batch Kafka acknowledged
     * @param failure      why the batch stopped early; null when all were acknowledged
     * @param failedAt     the index of the message that failed; -1 when the round ran out of time
     *                     (or was interrupted) before one did
     */
    record Result(int acknowledged, Exception failure, int failedAt) {

        static Result complete(int size) {
            return new Result(size, null, -1);
        }

        boolean failed() {
            return failure != null;
        }

        /** The message at {@link #failedAt} can never be sent as it is: it becomes a dead letter. */
        boolean failedForGood() {
            return failure != null && failedAt >= 0 && SendFailures.isNeverSendable(failure);
        }
    }

    static Result publish(Producer<String, byte[]> producer, List<OutboxMessage> batch, int chunkSize,
                          RoundDeadline deadline) {
        int start = 0;
        while (start < batch.size()) {
            int end = endOfChunk(batch, start, chunkSize);
            Result chunk = publishChunk(producer, batch, start, end, deadline);
            if (chunk.failed()) {
                return chunk;
            }
            start = end;
        }
        return Result.complete(batch.size());
    }

    /** The end (exclusive) of the chunk from {@code start}: at most chunkSize messages, no key twice. */
    static int endOfChunk(List<OutboxMessage> batch, int start, int chunkSize) {
        Set<String> keys = new HashSet<>();
        int end = start;
        while (end < batch.size() && end - start < chunkSize && keys.add(batch.get(end).key())) {
            end++;
        }
        return end;
    }

    private static Result publishChunk(Producer<String, byte[]> producer, List<OutboxMessage> batch, int start,
                                       int end, RoundDeadline deadline) {
        AtomicReference<Exception> seen = new AtomicReference<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>(end - start);
        Exception refused = null;
        for (int i = start; i < end && seen.get() == null && !deadline.passed(); i++) {
            OutboxMessage message = batch.get(i);
            try {
                sent.add(producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value()),
                        (metadata, failure) -> {
                            if (failure != null) {
                                seen.compareAndSet(null, failure);
                            }
                        }));
            } catch (RuntimeException e) {
                refused = e;
                break;
            }
        }
        int acknowledged = start;
        for (Future<RecordMetadata> ack : sent) {
            try {
                ack.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                return new Result(acknowledged, e.getCause() instanceof Exception cause ? cause : e, acknowledged);
            } catch (TimeoutException e) {
                return new Result(acknowledged, new TimeoutException("the round's deadline passed before Kafka "
                        + "acknowledged position " + batch.get(acknowledged).position()), -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(acknowledged, e, -1);
            }
        }
        if (refused != null) {
            return new Result(acknowledged, refused, acknowledged);
        }
        if (acknowledged < end) {
            // Nothing failed, but the deadline passed before the whole chunk was handed over.
            return new Result(acknowledged, new TimeoutException("the round's deadline passed at position "
                    + batch.get(acknowledged).position()), -1);
        }
        return Result.complete(end);
    }
}
