package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.OutboxMessage;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one batch of outbox messages and reports how many of them, counted from the first, Kafka
 * acknowledged. Only that contiguous prefix may be marked published: a message after a failed one
 * stays unpublished even if its own send succeeded, and is sent again in the next round. That can
 * duplicate it on the topic but never loses or skips one (consumers deduplicate by aggregate id +
 * version, see OutboxRelay).
 */
final class BatchPublisher {

    private BatchPublisher() {
    }

    /**
     * @param ackedPrefix how many messages from the start of the batch are acknowledged
     * @param failure     why the batch stopped early; null when all were acknowledged
     */
    record Result(int ackedPrefix, Exception failure) {

        boolean failed() {
            return failure != null;
        }
    }

    static Result publish(Producer<String, byte[]> producer, List<OutboxMessage> batch, Duration ackTimeout) {
        List<Future<RecordMetadata>> pending = new ArrayList<>(batch.size());
        Exception sendFailure = null;
        for (OutboxMessage message : batch) {
            try {
                pending.add(producer.send(new ProducerRecord<>(message.topic(), message.key(), message.value())));
            } catch (RuntimeException e) {
                // send() itself fails e.g. when the broker's metadata cannot be fetched in time;
                // later messages must not overtake this one, so stop sending.
                sendFailure = e;
                break;
            }
        }
        int acked = 0;
        for (Future<RecordMetadata> ack : pending) {
            try {
                ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acked++;
            } catch (ExecutionException e) {
                return new Result(acked, e.getCause() instanceof Exception cause ? cause : e);
            } catch (TimeoutException e) {
                return new Result(acked, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(acked, e);
            }
        }
        return new Result(acked, sendFailure);
    }
}
