package dk.erhvervshus.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON form of an {@link EventEnvelope}: the envelope fields at the top level and the domain event
 * under {@code payload}. The {@code type} field selects the payload class, so producers and
 * consumers share this one codec instead of each configuring Jackson its own way.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = newMapper();
    private static final Map<String, ObjectReader> PAYLOAD_READERS = payloadReaders();

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

    /**
     * One streaming pass over the record: the envelope's fields are read as they come and the
     * payload is bound straight from the parser to its class once {@code type} has been seen (the
     * codec writes {@code type} first), so a record is not parsed into a tree and then bound again.
     * A payload ahead of its type (another writer's field order) is held as a tree and bound after.
     * A record the pass cannot read is decoded again the way it always was (tree first, then bound),
     * so a bad record gets the same reason as before, word for word, and any odd record that reading
     * did accept (a type given twice, say) is still accepted.
     */
    public static EventEnvelope fromBytes(byte[] json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            EventEnvelope envelope = readEnvelope(parser);
            if (envelope != null) {
                return envelope;
            }
        } catch (IOException | RuntimeException e) {
            // Read again below, as a tree: that reading's verdict is the one consumers have always had.
        }
        return fromBytesAsTree(json);
    }

    private static EventEnvelope fromBytesAsTree(byte[] json) {
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
            return envelope(node, type, payload);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MalformedEventException m) {
                throw m;
            }
            throw new MalformedEventException("not a valid event envelope: " + e.getMessage(), e);
        }
    }

    /**
     * The envelope fields into a small node (as a tree would hold them), the payload bound on the way;
     * null when the record is odd in a way only the tree reading can judge.
     *
     * @throws IOException or a RuntimeException when the record is not a readable envelope
     */
    private static EventEnvelope readEnvelope(JsonParser parser) throws IOException {
        ObjectNode fields = MAPPER.createObjectNode();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String boundWithType = null;
        DomainEvent payload = null;
        JsonNode payloadTree = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (!"payload".equals(name)) {
                fields.set(name, valueNode(parser, token));
                continue;
            }
            payload = null;
            payloadTree = null;
            boundWithType = null;
            JsonNode type = fields.get("type");
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            if (type == null || type.isNull()) {
                payloadTree = parser.readValueAsTree();
            } else {
                boundWithType = type.asText();
                payload = readerOf(boundWithType).readValue(parser);
            }
        }
        String type = required(fields, "type").asText();
        if (payloadTree != null) {
            payload = MAPPER.treeToValue(payloadTree, payloadClass(type));
        } else if (payload == null || !type.equals(boundWithType)) {
            // No payload, or a type given twice and differently around it: the tree reading judges.
            return null;
        }
        return envelope(fields, type, payload);
    }

    /** A field's value as the tree would hold it; scalars without the tree reader's per-call set-up. */
    private static JsonNode valueNode(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = MAPPER.getNodeFactory();
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> parser.readValueAsTree();
        };
    }

    private static EventEnvelope envelope(JsonNode node, String type, DomainEvent payload) {
        JsonNode correlation = node.get("correlationId");
        JsonNode recordedBy = node.get("recordedBy");
        JsonNode writeId = node.get("writeId");
        try {
            return new EventEnvelope(
                    UUID.fromString(required(node, "eventId").asText()),
                    type,
                    required(node, "aggregateId").asText(),
                    required(node, "version").asLong(),
                    node.path("position").asLong(0),
                    instant(required(node, "occurredAt").asText()),
                    instant(required(node, "recordedAt").asText()),
                    required(node, "source").asText(),
                    required(node, "house").asText(),
                    correlation == null || correlation.isNull() ? null : correlation.asText(),
                    recordedBy == null || recordedBy.isNull() ? null : recordedBy.asText(),
                    writeId == null || writeId.isNull() ? null : UUID.fromString(writeId.asText()),
                    payload);
        } catch (MalformedEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a valid event envelope: " + e.getMessage(), e);
        }
    }

    /**
     * {@link Instant#parse}, with a fast path for the form {@link Instant#toString} writes
     * ({@code 2023-02-01T09:00:01.250Z}: four-digit year, seconds, 0 to 9 fraction digits, UTC).
     * {@code Instant.parse} builds a formatter on every call, which made it a tenth of a record's
     * decoding; any other text (offsets, a leap second, a wrong date) goes to it, so the result and
     * the error are what they always were.
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.' || length == 21) {
                return Instant.parse(text);
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return Instant.parse(text);
            }
            nanos = fraction;
            for (int i = length - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Instant.parse(text);
        }
        return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(java.time.ZoneOffset.UTC);
    }

    /** The decimal number in text[from, to), or -1 if a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static ObjectReader readerOf(String type) {
        ObjectReader reader = PAYLOAD_READERS.get(type);
        if (reader == null) {
            throw new MalformedEventException("unknown event type " + type, null);
        }
        return reader;
    }

    private static Map<String, ObjectReader> payloadReaders() {
        // A tree holds a JSON fraction as a double, so a BigDecimal bound from it is the double's
        // (12500000.0 becomes 1.25E+7); bound from the parser it would keep the text's scale. The
        // streaming path reads fractions as the tree did, so a record decodes exactly as before
        // and a rebuild stores what the live read model stored.
        SimpleModule fractionsAsTheTreeReadThem = new SimpleModule().addDeserializer(BigDecimal.class,
                new StdScalarDeserializer<>(BigDecimal.class) {
                    private final JsonDeserializer<BigDecimal> standard = NumberDeserializers.BigDecimalDeserializer.instance;

                    @Override
                    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && p.getNumberType() != JsonParser.NumberType.BIG_DECIMAL) {
                            return BigDecimal.valueOf(p.getDoubleValue());
                        }
                        return standard.deserialize(p, ctxt);
                    }
                });
        ObjectMapper streaming = MAPPER.copy().registerModule(fractionsAsTheTreeReadThem);
        Map<String, ObjectReader> readers = new HashMap<>();
        for (String type : WireTypes.all()) {
            readers.put(type, streaming.readerFor(payloadClass(type)));
        }
        return Map.copyOf(readers);
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
