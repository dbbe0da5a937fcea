package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    record Line(String sku, List<String> tags) {
    }

    record Order(String customer, boolean express, Line line) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    private Problem problemReading(String json) {
        try {
            mapper.readValue(json, Order.class);
        } catch (JsonProcessingException e) {
            return Problems.malformed(e);
        }
        throw new AssertionError("expected " + json + " to fail");
    }

    @Test
    void invalid_fields_are_a_400_whose_detail_names_each_field_once() {
        Problem problem = Problems.invalidFields(List.of(new ProblemField("cvr", "has 7 digits"),
                new ProblemField("cvr", "fails the modulus check"), new ProblemField("themes[1]", "unknown")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://erhvervshus.dk/problems/validation-failed");
        assertThat(problem.detail()).isEqualTo("invalid: cvr, themes[1]");
        assertThat(problem.errors()).hasSize(3);
    }

    @Test
    void a_value_of_the_wrong_type_is_named_by_its_path_and_the_kind_expected() {
        Problem problem = problemReading("{\"line\": {\"tags\": [\"red\", {}]}}");

        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("line.tags[1]");
            assertThat(error.message()).isEqualTo("has the wrong type: expected a text");
        });
    }

    @Test
    void a_boolean_that_is_not_true_or_false_is_named() {
        Problem problem = problemReading("{\"express\": \"maybe\"}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("express");
            assertThat(error.message()).contains("true or false");
        });
    }

    @Test
    void broken_syntax_names_the_field_being_read_and_where() {
        Problem problem = problemReading("{\"express\": true, \"customer\": 12x}");

        assertThat(problem.detail()).contains("line 1");
        assertThat(problem.errors()).extracting(ProblemField::field).containsExactly("customer");
    }

    @Test
    void broken_syntax_at_the_top_level_names_no_field() {
        Problem problem = problemReading("not json");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).isNull();
    }

    @Test
    void a_framework_status_has_a_stable_type_of_its_own() {
        assertThat(Problems.ofStatus(415, "send JSON").type()).isEqualTo("https://erhvervshus.dk/problems/unsupported-media-type");
        assertThat(Problems.ofStatus(404, "nothing here").type()).isEqualTo("https://erhvervshus.dk/problems/not-found");
        assertThat(Problems.ofStatus(405, "no").type()).isEqualTo("https://erhvervshus.dk/problems/method-not-allowed");
        assertThat(Problems.ofStatus(406, "no").type()).isEqualTo("https://erhvervshus.dk/problems/not-acceptable");
        assertThat(Problems.ofStatus(414, "no").type()).isEqualTo("https://erhvervshus.dk/problems/uri-too-long");
        assertThat(Problems.ofStatus(413, "no").type()).isEqualTo("https://erhvervshus.dk/problems/payload-too-large");
        assertThat(Problems.ofStatus(401, "no").title()).isEqualTo("Authentication is required");
        assertThat(Problems.ofStatus(403, "no").title()).isEqualTo("Not allowed for this caller");
    }

    @Test
    void a_status_without_a_type_of_its_own_still_gets_a_stable_one() {
        Problem problem = Problems.ofStatus(408, "too slow");

        assertThat(problem.type()).isEqualTo("https://erhvervshus.dk/problems/http-408");
        assertThat(problem.title()).isEqualTo("Request Timeout");
    }

    @Test
    void a_too_large_body_is_told_the_limit() {
        Problem problem = Problems.payloadTooLarge(2_097_152);

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.detail()).contains("2097152 bytes");
    }

    @Test
    void a_503_tells_the_client_when_to_send_the_request_again_and_other_answers_do_not() {
        Response unavailable = Problems.response(ProblemType.STORAGE_UNAVAILABLE.problem("not stored"));
        Response invalid = Problems.response(ProblemType.VALIDATION_FAILED.problem("invalid: cvr"));

        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(invalid.getHeaderString("Retry-After")).isNull();
    }
}
