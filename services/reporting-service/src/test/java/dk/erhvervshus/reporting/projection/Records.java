package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.GoldenSamples;
import dk.erhvervshus.contracts.Topics;

import java.nio.charset.StandardCharsets;

/** Kafka records for the consumer tests, carrying the contract's golden samples. */
final class Records {

    private Records() {
    }

    static ConsumedRecord golden(String wireName, int partition, long offset) {
        EventEnvelope sample = GoldenSamples.sample(wireName);
        return new ConsumedRecord(topicOf(wireName), partition, offset, sample.aggregateId(),
                GoldenSamples.sampleJson(wireName).getBytes(StandardCharsets.UTF_8));
    }

    /** The golden sample as the given version of its stream: a stream applies only its next version. */
    static ConsumedRecord golden(String wireName, long version, int partition, long offset) {
        EventEnvelope s = GoldenSamples.sample(wireName);
        return of(new EventEnvelope(s.eventId(), s.type(), s.aggregateId(), version, s.position(), s.occurredAt(),
                s.recordedAt(), s.source(), s.house(), s.correlationId(), s.recordedBy(), s.payload()), partition, offset);
    }

    static ConsumedRecord of(EventEnvelope envelope, int partition, long offset) {
        return new ConsumedRecord(topicOf(envelope.type()), partition, offset, envelope.aggregateId(), EventCodec.toBytes(envelope));
    }

    /** The topic the producing service publishes a wire type to (contracts-api README). */
    static String topicOf(String wireName) {
        return wireName.startsWith("survey.") ? Topics.SURVEY_EVENTS : Topics.GUIDANCE_EVENTS;
    }

    static ConsumedRecord raw(String text, int partition, long offset) {
        return new ConsumedRecord(Topics.GUIDANCE_EVENTS, partition, offset, "garbage",
                text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }
}
