package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/**
 * Produces to {@code guidance-events} with a plain KafkaProducer, as guidance-service's relay does,
 * and waits until the service has stored positions past what was produced, which is when the
 * events' effects are committed too.
 */
final class GuidanceEventsTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Pool pool;
    private final List<RecordMetadata> produced = new ArrayList<>();

    GuidanceEventsTopic(String bootstrapServers, Pool pool) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.pool = pool;
    }

    GuidanceEventsTopic publish(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            send(new ProducerRecord<>(Topics.GUIDANCE_EVENTS, envelope.aggregateId(), EventCodec.toBytes(envelope)));
        }
        return this;
    }

    /** Raw bytes to one partition, so the test knows what follows them there. */
    GuidanceEventsTopic publishRaw(int partition, String key, byte[] value) {
        send(new ProducerRecord<>(Topics.GUIDANCE_EVENTS, partition, key, value));
        return this;
    }

    GuidanceEventsTopic publishTo(int partition, EventEnvelope envelope) {
        send(new ProducerRecord<>(Topics.GUIDANCE_EVENTS, partition, envelope.aggregateId(), EventCodec.toBytes(envelope)));
        return this;
    }

    void awaitConsumed() {
        List<RecordMetadata> pending = List.copyOf(produced);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                pending.stream().allMatch(this::isConsumed));
    }

    private boolean isConsumed(RecordMetadata metadata) {
        var rows = pool.preparedQuery("select next_offset from consumer_positions where topic = $1 and partition = $2")
                .execute(Tuple.of(metadata.topic(), metadata.partition()))
                .await().atMost(Duration.ofSeconds(10));
        return rows.iterator().hasNext() && rows.iterator().next().getLong("next_offset") > metadata.offset();
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            produced.add(producer.send(record).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot produce to " + record.topic(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
