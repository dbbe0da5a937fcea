package dk.erhvervshus.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * JSON form of an {@link EventEnvelope}: the envelope fields at the top level and the domain event
 * under {@code payload}. The {@code type} field selects the payload class, so producers and
 * consumers share this one codec instead of each configuring Jackson its own way.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = newMapper();

    private EventCodec() {
    }

    /** The mapper the contract is written with: ISO dates, no nulls, unknown fields tolerated. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Consumers must survive producers that add optional fields (additive evolution).
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static byte[] toBytes(EventEnvelope envelope) {
        return toJson(envelope).getBytes(StandardCharsets.UTF_8);
    }

    public static String toJson(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(toTree(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + envelope.type(), e);
        }
    }

    public static ObjectNode toTree(EventEnvelope e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("eventId", e.eventId().toString());
        node.put("type", e.type());
        node.put("aggregateId", e.aggregateId());
        node.put("version", e.version());
        node.put("position", e.position());
        node.put("occurredAt", e.occurredAt().toString());
        node.put("recordedAt", e.recordedAt().toString());
        node.put("source", e.source());
        node.put("house", e.house());
        if (e.correlationId() != null) {
            node.put("correlationId", e.correlationId());
        }
        if (e.recordedBy() != null) {
            node.put("recordedBy", e.recordedBy());
        }
        if (e.writeId() != null) {
            node.put("writeId", e.writeId().toString());
        }
        node.set("payload", MAPPER.valueToTree(e.payload()));
        return node;
    }

    public static String payloadToJson(DomainEvent payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    public static DomainEvent payloadFromJson(String type, String json) {
        try {
            return MAPPER.readValue(json, payloadClass(type));
        } catch (IOException e) {
            throw new MalformedEventException("payload of " + type + " is not valid: " + e.getMessage(), e);
        }
    }

    public static EventEnvelope fromBytes(byte[] json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new MalformedEventException("not a JSON event envelope: " + e.getMessage(), e);
        }
    }

    public static EventEnvelope fromJson(String json) {
        return fromBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    public static EventEnvelope fromTree(JsonNode node) {
        try {
            String type = required(node, "type").asText();
            DomainEvent payload = MAPPER.treeToValue(required(node, "payload"), payloadClass(type));
            JsonNode correlation = node.get("correlationId");
            JsonNode recordedBy = node.get("recordedBy");
            JsonNode writeId = node.get("writeId");
            return new EventEnvelope(
                    UUID.fromString(required(node, "eventId").asText()),
                    type,
                    required(node, "aggregateId").asText(),
                    required(node, "version").asLong(),
                    node.path("position").asLong(0),
                    Instant.parse(required(node, "occurredAt").asText()),
                    Instant.parse(required(node, "recordedAt").asText()),
                    required(node, "source").asText(),
                    required(node, "house").asText(),
                    correlation == null || correlation.isNull() ? null : correlation.asText(),
                    recordedBy == null || recordedBy.isNull() ? null : recordedBy.asText(),
                    writeId == null || writeId.isNull() ? null : UUID.fromString(writeId.asText()),
                    payload);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedEventException m) {
                throw m;
            }
            throw new MalformedEventException("not a valid event envelope: " + e.getMessage(), e);
        }
    }

    private static Class<? extends DomainEvent> payloadClass(String type) {
        return WireTypes.classOf(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type, null));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("event envelope lacks " + field, null);
        }
        return value;
    }

    /** Thrown for bytes that are not an event of this contract; consumers park them, not crash. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
