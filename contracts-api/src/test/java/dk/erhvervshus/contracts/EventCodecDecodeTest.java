package dk.erhvervshus.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-pass decoding of a record reads every envelope exactly as reading it into a tree first does. */
class EventCodecDecodeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> wireNames() {
        List<String> names = new ArrayList<>();
        WireTypes.all().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("wireNames")
    void a_golden_sample_decodes_as_its_tree_does(String wireName) throws Exception {
        String json = GoldenSamples.sampleJson(wireName);

        assertThat(EventCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EventCodec.fromTree(MAPPER.readTree(json)));
    }

    @ParameterizedTest
    @MethodSource("wireNames")
    void a_payload_written_before_its_type_still_decodes(String wireName) throws Exception {
        ObjectNode original = (ObjectNode) MAPPER.readTree(GoldenSamples.sampleJson(wireName));
        ObjectNode payloadFirst = MAPPER.createObjectNode();
        payloadFirst.set("payload", original.get("payload"));
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = original.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = it.next();
            if (!field.getKey().equals("payload")) {
                payloadFirst.set(field.getKey(), field.getValue());
            }
        }

        assertThat(EventCodec.fromJson(MAPPER.writeValueAsString(payloadFirst)))
                .isEqualTo(EventCodec.fromJson(GoldenSamples.sampleJson(wireName)));
    }

    @Test
    void what_the_codec_writes_it_reads_back_unchanged() {
        EventEnvelope sample = GoldenSamples.sample("survey.referral-outcome-reported.v1");

        assertThat(EventCodec.fromBytes(EventCodec.toBytes(sample))).isEqualTo(sample);
    }

    @Test
    void a_record_cut_off_in_its_payload_is_not_json() {
        String json = GoldenSamples.sampleJson("guidance.course-started.v1");
        String cut = json.substring(0, json.indexOf("\"payload\"") + 30);

        assertThatThrownBy(() -> EventCodec.fromJson(cut))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessageStartingWith("not a JSON event envelope");
    }

    @Test
    void a_record_cut_off_after_a_payload_of_the_wrong_shape_is_still_not_json() {
        assertThatThrownBy(() -> EventCodec.fromJson("{\"type\": \"guidance.course-started.v1\", \"payload\": 42"))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessageStartingWith("not a JSON event envelope");
    }

    @Test
    void an_envelope_without_a_payload_or_a_type_is_named_for_what_it_lacks() {
        assertThatThrownBy(() -> EventCodec.fromJson("{\"type\":\"guidance.course-started.v1\",\"payload\":null}"))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessage("event envelope lacks payload");
        assertThatThrownBy(() -> EventCodec.fromJson("[1, 2]"))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessage("event envelope lacks type");
        assertThatThrownBy(() -> EventCodec.fromJson(""))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessage("event envelope lacks type");
    }

    @Test
    void a_payload_that_does_not_fit_its_type_is_not_a_valid_envelope() {
        String json = GoldenSamples.sampleJson("guidance.course-started.v1").replace("\"themes\": [", "\"themes\": {\"x\": [");

        assertThatThrownBy(() -> EventCodec.fromJson(json))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    @Test
    void an_instant_is_read_as_instant_parse_reads_it() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20231231);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-2_000_000_000L, 8_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = java.time.Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(EventCodec.instant(text)).as(text).isEqualTo(java.time.Instant.parse(text));
        }
        for (String text : List.of("2024-02-29T23:59:59.999999999Z", "2023-02-01T09:00:01.5Z", "0000-01-01T00:00:00Z",
                "2023-02-01T09:00:01+01:00", "2023-12-31T23:59:60Z", "+12023-02-01T09:00:01Z", "2023-02-30T09:00:01Z",
                "2023-13-01T09:00:01Z", "2023-02-01T24:00:01Z", "2023-02-01T09:00:01.Z", "2023-02-01T09:00:01.1234567890Z",
                "2023-02-0xT09:00:01Z", "2023-02-01 09:00:01Z")) {
            assertThat(outcome(() -> EventCodec.instant(text))).as(text).isEqualTo(outcome(() -> java.time.Instant.parse(text)));
        }
    }

    /** The value, or the kind of exception: what a caller of either parser gets. */
    private static Object outcome(java.util.function.Supplier<java.time.Instant> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
