package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class CourseRegistrationIT {

    private static final String COURSES = "/api/v1/guidance-courses";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static io.restassured.response.Response register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(COURSES);
    }

    @Test
    void a_registered_course_is_answered_201_with_its_location_and_is_stored_with_its_outbox_message() {
        String courseId = newCourseId();

        register(registration(courseId)).then()
                .statusCode(201)
                .header("Location", endsWith(COURSES + "/" + courseId))
                .body("courseId", equalTo(courseId))
                .body("version", equalTo(1));

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
        assertThat(tables().count("SELECT count(*) FROM outbox WHERE message_key = ?", courseId)).isEqualTo(1);
        given().get(COURSES + "/" + courseId).then()
                .statusCode(200)
                .body("status", equalTo("STARTED"))
                .body("cvr", equalTo("13585628"))
                .body("themes", contains("DIGITALISATION", "GREEN_TRANSITION"))
                .body("startedOn", equalTo("2023-02-01"))
                .body("version", equalTo(1));
    }

    @Test
    void a_course_without_an_id_gets_a_generated_one() {
        String courseId = register(registration(null)).then().statusCode(201).extract().path("courseId");

        assertThat(courseId).isNotBlank();
        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void the_history_lists_the_envelopes_with_their_correlation_id() {
        String courseId = newCourseId();
        given().contentType(ContentType.JSON).header("X-Correlation-Id", "req-42").body(registration(courseId))
                .post(COURSES).then().statusCode(201);

        given().get(COURSES + "/" + courseId + "/events").then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].type", equalTo("guidance.course-started.v1"))
                .body("[0].aggregateId", equalTo(courseId))
                .body("[0].version", equalTo(1))
                .body("[0].position", notNullValue())
                .body("[0].source", equalTo("guidance-service"))
                .body("[0].house", equalTo("nordjylland"))
                .body("[0].correlationId", equalTo("req-42"))
                .body("[0].payload.cvr", equalTo("13585628"));
    }

    @Test
    void re_sending_the_same_course_answers_the_original_result_and_creates_nothing() {
        String courseId = newCourseId();
        register(registration(courseId)).then().statusCode(201);
        long eventsBefore = tables().events();

        register(registration(courseId)).then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith(COURSES + "/" + courseId))
                .body("courseId", equalTo(courseId))
                .body("version", equalTo(1));

        assertThat(tables().events()).isEqualTo(eventsBefore);
        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void the_same_course_id_with_other_content_is_a_conflict() {
        String courseId = newCourseId();
        register(registration(courseId)).then().statusCode(201);
        Map<String, Object> other = registration(courseId);
        other.put("cvr", "19319970");

        register(other).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(409))
                .body("type", endsWith("/conflict"));

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_answers_the_original_course_and_creates_no_second_one() {
        String key = "key-" + UUID.randomUUID();
        String courseId = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(registration(null))
                .post(COURSES).then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().path("courseId");
        long eventsBefore = tables().events();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(registration(null))
                .post(COURSES).then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("courseId", equalTo(courseId))
                .body("version", equalTo(1));

        assertThat(tables().events()).isEqualTo(eventsBefore);
        assertThat(tables().count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void an_idempotency_key_reused_for_another_registration_is_a_conflict() {
        String key = "key-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(registration(null))
                .post(COURSES).then().statusCode(201);
        Map<String, Object> other = registration(null);
        other.put("companyName", "Anden ApS");
        long eventsBefore = tables().events();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post(COURSES).then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);

        assertThat(tables().events()).isEqualTo(eventsBefore);
    }

    @Test
    void a_registration_with_several_bad_fields_names_each_of_them_and_stores_nothing() {
        String courseId = newCourseId();
        Map<String, Object> bad = registration(courseId);
        bad.put("cvr", "13585627");
        bad.put("municipalityCode", "101");
        bad.put("category", "HUGE");
        bad.put("themes", List.of("CCUS", "ASTROLOGY", "CCUS"));
        bad.put("startedOn", "2999-01-01");
        bad.remove("origin");
        long eventsBefore = tables().events();
        long outboxBefore = tables().outboxRows();

        register(bad).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/validation-failed"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("cvr", "municipalityCode", "category", "themes[1]", "themes[2]",
                        "startedOn", "origin"));

        assertThat(tables().events()).isEqualTo(eventsBefore);
        assertThat(tables().outboxRows()).isEqualTo(outboxBefore);
        assertThat(tables().eventsOf(courseId)).isZero();
    }

    @Test
    void malformed_json_is_a_400_problem() {
        long eventsBefore = tables().events();

        given().contentType(ContentType.JSON).body("{\"house\": \"nordjylland\", \"cvr\": 1358x").post(COURSES).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/malformed-request"))
                .body("errors.field", contains("cvr"));

        assertThat(tables().events()).isEqualTo(eventsBefore);
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_field() {
        Map<String, Object> bad = registration(newCourseId());
        bad.put("themes", Map.of("first", "CCUS"));

        register(bad).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("themes"));
    }

    @Test
    void a_missing_body_is_a_400_problem() {
        given().contentType(ContentType.JSON).post(COURSES).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("body"));
    }

    @Test
    void a_body_that_is_not_json_content_is_a_415_problem() {
        given().contentType(ContentType.TEXT).body("house=nordjylland").post(COURSES).then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
    }

    @Test
    void an_oversized_body_is_a_413_problem_and_stores_nothing() {
        Map<String, Object> huge = registration(newCourseId());
        huge.put("companyName", "x".repeat(3 * 1024 * 1024));
        long eventsBefore = tables().events();

        register(huge).then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));

        assertThat(tables().events()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_course_is_a_404_problem() {
        given().get(COURSES + "/" + newCourseId()).then().statusCode(404).contentType(PROBLEM_JSON);
        given().get(COURSES + "/" + newCourseId() + "/events").then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                .post(COURSES + "/" + newCourseId() + "/completion").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void a_course_is_completed_once_and_a_repeat_with_the_same_date_changes_nothing() {
        String courseId = newCourseId();
        register(registration(courseId)).then().statusCode(201);
        String completion = COURSES + "/" + courseId + "/completion";

        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30")).post(completion).then()
                .statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30")).post(completion).then()
                .statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-29")).post(completion).then()
                .statusCode(409).contentType(PROBLEM_JSON);

        given().get(COURSES + "/" + courseId).then().body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2023-06-30"));
        assertThat(tables().eventsOf(courseId)).isEqualTo(2);
    }

    @Test
    void a_completion_before_the_start_is_a_400_naming_completedOn() {
        String courseId = newCourseId();
        register(registration(courseId)).then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-01-31"))
                .post(COURSES + "/" + courseId + "/completion").then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("completedOn"));

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void a_retracted_course_stops_at_retracted_and_cannot_be_completed() {
        String courseId = newCourseId();
        register(registration(courseId)).then().statusCode(201);
        String retraction = COURSES + "/" + courseId + "/retraction";

        given().contentType(ContentType.JSON).body(Map.of("reason", "registered in error")).post(retraction).then()
                .statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again")).post(retraction).then()
                .statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                .post(COURSES + "/" + courseId + "/completion").then()
                .statusCode(409).contentType(PROBLEM_JSON);

        given().get(COURSES + "/" + courseId).then()
                .body("status", equalTo("RETRACTED"))
                .body("retractionReason", equalTo("registered in error"));
    }

    @Test
    void the_openapi_document_publishes_the_contract() {
        given().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("info.title", equalTo("guidance-service"))
                .body("paths", org.hamcrest.Matchers.hasKey(COURSES))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/crm/guidance-events"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/houses/{house}/years/{year}/activities/{activityId}"));
    }
}
