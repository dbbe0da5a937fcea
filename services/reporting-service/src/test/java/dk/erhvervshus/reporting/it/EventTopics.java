package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.stack.KafkaAccess;
import dk.erhvervshus.stack.KafkaBroker;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/**
 * Produces to {@code guidance-events} and {@code survey-events} with plain KafkaProducers, as the
 * services' relays do (each envelope to the topic of its wire type, as the Kafka user of the
 * service that writes that topic), and waits until the service has stored positions past what was
 * produced, which is when the events' effects are committed too.
 */
final class EventTopics implements AutoCloseable {

    private final KafkaBroker broker;
    private final Map<String, KafkaProducer<String, byte[]>> producers = new HashMap<>();
    private final Pool pool;
    private final List<RecordMetadata> produced = new ArrayList<>();

    EventTopics(KafkaBroker broker, Pool pool) {
        this.broker = broker;
        this.pool = pool;
    }

    /** The envelope as one of a write's events, stamped with its writeId as the services' outbox does. */
    static EventEnvelope ofWrite(EventEnvelope e, UUID writeId) {
        return new EventEnvelope(e.eventId(), e.type(), e.aggregateId(), e.version(), e.position(), e.occurredAt(),
                e.recordedAt(), e.source(), e.house(), e.correlationId(), e.recordedBy(), writeId, e.payload());
    }

    EventTopics publish(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            send(new ProducerRecord<>(topicOf(envelope), envelope.aggregateId(), EventCodec.toBytes(envelope)));
        }
        return this;
    }

    /** Raw bytes to one partition of guidance-events, so the test knows what follows them there. */
    EventTopics publishRaw(int partition, String key, byte[] value) {
        return publishRaw(Topics.GUIDANCE_EVENTS, partition, key, value);
    }

    EventTopics publishRaw(String topic, int partition, String key, byte[] value) {
        send(new ProducerRecord<>(topic, partition, key, value));
        return this;
    }

    EventTopics publishTo(int partition, EventEnvelope envelope) {
        send(new ProducerRecord<>(topicOf(envelope), partition, envelope.aggregateId(), EventCodec.toBytes(envelope)));
        return this;
    }

    /** The topic the producing service publishes a wire type to (contracts-api README). */
    private static String topicOf(EventEnvelope envelope) {
        return envelope.type().startsWith("survey.") ? Topics.SURVEY_EVENTS : Topics.GUIDANCE_EVENTS;
    }

    /**
     * Waits until the projection has applied everything produced so far and the goal maintainer has
     * derived the goals it marked: what a read with each write's Consistency-Token would wait for.
     */
    void awaitConsumed() {
        awaitApplied();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(this::noGoalsWaiting);
    }

    /** Waits until the projection has applied everything produced so far, whether or not its goals are derived yet. */
    void awaitApplied() {
        List<RecordMetadata> pending = List.copyOf(produced);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() ->
                pending.stream().allMatch(this::isConsumed));
    }

    private boolean noGoalsWaiting() {
        return !pool.query("select 1 from goal_dirty").execute().await().atMost(Duration.ofSeconds(10)).iterator().hasNext();
    }

    private boolean isConsumed(RecordMetadata metadata) {
        var rows = pool.preparedQuery("select next_offset from consumer_positions where topic = $1 and partition = $2")
                .execute(Tuple.of(metadata.topic(), metadata.partition()))
                .await().atMost(Duration.ofSeconds(10));
        return rows.iterator().hasNext() && rows.iterator().next().getLong("next_offset") > metadata.offset();
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            produced.add(producerFor(record.topic()).send(record).get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot produce to " + record.topic(), e.getCause());
        }
    }

    /** The topic's own producer: guidance-service's user for guidance-events, survey-service's for survey-events. */
    private KafkaProducer<String, byte[]> producerFor(String topic) {
        return producers.computeIfAbsent(topic, t -> {
            Properties p = new Properties();
            p.putAll(broker.clientProperties(KafkaAccess.producerOf(t)));
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        });
    }

    @Override
    public void close() {
        producers.values().forEach(producer -> producer.close(Duration.ofSeconds(5)));
    }
}
