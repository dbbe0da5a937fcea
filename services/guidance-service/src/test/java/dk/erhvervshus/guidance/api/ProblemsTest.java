package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.eventstore.EventStoreFailures;
import dk.erhvervshus.eventstore.StreamVersionConflictException;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemField;
import dk.erhvervshus.problems.ProblemTranslator;
import dk.erhvervshus.problems.StrictJson;
import dk.erhvervshus.problems.ValidationFailures;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems this service answers with: its domain's refusals, and its request records' unreadable bodies. */
class ProblemsTest {

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());
    private final ProblemTranslator problems = new ProblemTranslator(List.of(new ValidationFailures(), new EventStoreFailures()));

    private Problem problemReading(String json, Class<?> type) {
        try {
            mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            return problems.of(e);
        }
        throw new AssertionError("expected " + json + " to fail");
    }

    @Test
    void invalid_fields_become_a_400_listing_each_field() {
        Problem problem = problems.of(new InvalidInputException(List.of(
                new FieldError("cvr", "bad"), new FieldError("themes[1]", "unknown"))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/validation-failed");
        assertThat(problem.errors()).extracting(ProblemField::field).containsExactly("cvr", "themes[1]");
        assertThat(problem.errors()).extracting(ProblemField::message).containsExactly("bad", "unknown");
        assertThat(problem.detail()).contains("cvr", "themes[1]");
    }

    @Test
    void domain_failures_map_to_their_statuses() {
        assertThat(problems.of(new NotFoundException("no course")).status()).isEqualTo(404);
        assertThat(problems.of(new NotFoundException("house", "unknown house 'x'")).errors())
                .extracting(ProblemField::field).containsExactly("house");
        assertThat(problems.of(new ConflictException("retracted")).status()).isEqualTo(409);
        assertThat(problems.of(new StreamVersionConflictException("course-1", 1, null)).type())
                .endsWith("/concurrent-modification");
        assertThat(problems.of(new IllegalStateException("bug")).status()).isEqualTo(500);
    }

    @Test
    void a_value_of_the_wrong_type_is_named_by_its_path() {
        Problem problem = problemReading("{\"course\": {\"themes\": [\"CCUS\", {}]}}", CrmEventRequest.class);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("course.themes[1]");
            assertThat(error.message()).contains("expected a text");
        });
    }

    @Test
    void a_number_for_a_boolean_is_not_read_as_true() {
        Problem problem = problemReading("{\"sustainabilityWheelUsed\": -1}", RegisterCourseRequest.class);

        assertThat(problem.errors()).extracting(ProblemField::field).containsExactly("sustainabilityWheelUsed");
    }

    @Test
    void a_boolean_that_is_not_true_or_false_is_named() {
        Problem problem = problemReading("{\"enrolledInEvaluation\": \"maybe\"}", RegisterCourseRequest.class);

        assertThat(problem.errors()).extracting(ProblemField::field).containsExactly("enrolledInEvaluation");
    }

    @Test
    void broken_json_syntax_names_the_field_being_read_when_the_parser_knows_it() {
        Problem problem = problemReading("{\"house\": \"nordjylland\", \"cvr\": tru}", RegisterCourseRequest.class);

        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.detail()).contains("line 1");
        assertThat(problem.errors()).extracting(ProblemField::field).containsExactly("cvr");
    }

    @Test
    void broken_json_at_the_top_level_has_no_field() {
        Problem problem = problemReading("not json", RegisterCourseRequest.class);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).isNull();
    }
}
