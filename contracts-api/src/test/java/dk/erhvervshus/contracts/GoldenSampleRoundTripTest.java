package dk.erhvervshus.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenSampleRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> wireNames() {
        List<String> names = new ArrayList<>();
        WireTypes.all().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("wireNames")
    void every_golden_sample_matches_its_schema(String wireName) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(GoldenSamples.schemaJson(wireName));
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(GoldenSamples.sampleJson(wireName)));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wireNames")
    void every_golden_sample_round_trips_unchanged(String wireName) throws Exception {
        JsonNode original = MAPPER.readTree(GoldenSamples.sampleJson(wireName));

        EventEnvelope decoded = EventCodec.fromJson(GoldenSamples.sampleJson(wireName));
        JsonNode reEncoded = MAPPER.readTree(EventCodec.toJson(decoded));

        assertThat(decoded.type()).isEqualTo(wireName);
        assertThat(decoded.payload()).isInstanceOf(WireTypes.classOf(wireName).orElseThrow());
        assertThat(reEncoded).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("wireNames")
    void what_the_codec_writes_satisfies_the_schema(String wireName) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(GoldenSamples.schemaJson(wireName));
        String written = EventCodec.toJson(GoldenSamples.sample(wireName));
        assertThat(schema.validate(MAPPER.readTree(written))).isEmpty();
    }

    @Test
    void every_event_of_every_family_has_a_wire_name_and_a_sample() {
        List<Class<?>> events = new ArrayList<>();
        events.addAll(Arrays.asList(GuidanceEvent.class.getPermittedSubclasses()));
        events.addAll(Arrays.asList(GoalActivityEvent.class.getPermittedSubclasses()));
        for (Class<?> family : List.of(SurveyResponseEvent.class, AwarenessSurveyEvent.class, ReferralEvent.class,
                CompanyFiguresEvent.class, EffectCohortEvent.class)) {
            events.addAll(Arrays.asList(family.getPermittedSubclasses()));
        }
        for (Class<?> event : events) {
            @SuppressWarnings("unchecked")
            String wireName = WireTypes.wireNameOf((Class<? extends DomainEvent>) event);
            assertThat(GoldenSamples.sampleJson(wireName)).isNotBlank();
            assertThat(GoldenSamples.schemaJson(wireName)).isNotBlank();
        }
    }

    /** Client-chosen survey ids are unique per house only: the samples show the house in every stream id. */
    @Test
    void survey_records_live_in_streams_that_carry_their_house() {
        EventEnvelope response = GoldenSamples.sample("survey.response-recorded.v1");
        EventEnvelope survey = GoldenSamples.sample("survey.awareness-survey-recorded.v1");
        EventEnvelope referral = GoldenSamples.sample("survey.referral-made.v1");
        EventEnvelope outcome = GoldenSamples.sample("survey.referral-outcome-reported.v1");
        EventEnvelope cohort = GoldenSamples.sample("survey.effect-cohort-defined.v1");

        assertThat(response.aggregateId()).isEqualTo(SurveyResponseEvent.aggregateId(response.house(),
                ((SurveyResponseEvent) response.payload()).responseId()));
        assertThat(survey.aggregateId()).isEqualTo(AwarenessSurveyEvent.aggregateId(survey.house(),
                ((AwarenessSurveyEvent) survey.payload()).surveyId()));
        assertThat(referral.aggregateId()).isEqualTo(ReferralEvent.aggregateId(referral.house(),
                ((ReferralEvent) referral.payload()).referralId()));
        assertThat(outcome.aggregateId()).isEqualTo(referral.aggregateId());
        assertThat(cohort.aggregateId()).isEqualTo(EffectCohortEvent.aggregateId(cohort.house(),
                ((EffectCohortEvent) cohort.payload()).cohortId()));
    }

    @Test
    void wire_names_are_stable_strings_not_class_names() {
        wireNames().forEach(name -> assertThat(name).matches("[a-z]+\\.[a-z-]+\\.v[0-9]+"));
    }

    @Test
    void an_envelope_carries_the_write_that_appended_it_through_encoding_and_decoding() {
        EventEnvelope sample = GoldenSamples.sample("guidance.course-started.v1");
        assertThat(sample.writeId()).isNotNull();

        EventEnvelope decoded = EventCodec.fromJson(EventCodec.toJson(sample));

        assertThat(decoded).isEqualTo(sample);
        assertThat(decoded.writeId()).isEqualTo(sample.writeId());
    }

    @Test
    void an_envelope_recorded_before_tokens_existed_decodes_without_a_write_and_encodes_without_one() throws Exception {
        ObjectNode old = (ObjectNode) MAPPER.readTree(GoldenSamples.sampleJson("guidance.course-started.v1"));
        old.remove("writeId");

        EventEnvelope decoded = EventCodec.fromJson(MAPPER.writeValueAsString(old));

        assertThat(decoded.writeId()).isNull();
        assertThat(MAPPER.readTree(EventCodec.toJson(decoded))).isEqualTo(old);
        assertThat(MAPPER.readTree(EventCodec.toJson(decoded)).has("writeId")).isFalse();
    }

    @Test
    void an_envelope_whose_write_id_is_not_a_uuid_is_malformed() throws Exception {
        String json = GoldenSamples.sampleJson("guidance.course-started.v1")
                .replaceFirst("\"writeId\": \"[^\"]+\"", "\"writeId\": \"not-a-write\"");
        assertThat(json).contains("not-a-write");

        assertThatThrownBy(() -> EventCodec.fromJson(json)).isInstanceOf(EventCodec.MalformedEventException.class);
    }

    @Test
    void an_unknown_type_is_reported_as_a_malformed_event_not_a_crash() {
        String json = GoldenSamples.sampleJson("guidance.course-completed.v1")
                .replace("guidance.course-completed.v1", "guidance.course-exploded.v1");
        assertThatThrownBy(() -> EventCodec.fromJson(json))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessageContaining("guidance.course-exploded.v1");
    }

    @Test
    void garbage_bytes_are_reported_as_a_malformed_event() {
        assertThatThrownBy(() -> EventCodec.fromJson("{not json"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }
}
