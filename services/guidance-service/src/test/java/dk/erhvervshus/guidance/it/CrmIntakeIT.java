package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class CrmIntakeIT {

    private static final String CRM = "/api/v1/crm/guidance-events";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static String crmId() {
        return "sf-" + UUID.randomUUID();
    }

    private static ValidatableResponse send(Object... events) {
        return given().contentType(ContentType.JSON).body(Map.of("events", List.of(events))).post(CRM).then();
    }

    @Test
    void a_batch_is_answered_per_event_in_order_and_a_bad_event_does_not_block_the_others() {
        String courseId = newCourseId();
        Map<String, Object> badCourse = registration(newCourseId());
        badCourse.put("cvr", "13585627");
        badCourse.put("municipalityCode", "101");
        String started = crmId();
        String bad = crmId();
        String completed = crmId();

        send(crmEvent(started, "COURSE_STARTED", registration(courseId)),
                crmEvent(bad, "COURSE_STARTED", badCourse),
                crmEvent(completed, "COURSE_COMPLETED", Map.of("courseId", courseId, "completedOn", "2023-06-30")))
                .statusCode(200)
                .body("results.crmEventId", contains(started, bad, completed))
                .body("results.status", contains("accepted", "rejected", "accepted"))
                .body("results[0]", not(hasKey("problem")))
                .body("results[1].problem.status", equalTo(400))
                .body("results[1].problem.errors.field", contains("course.cvr", "course.municipalityCode"))
                .body("results[2].version", equalTo(2));

        assertThat(tables().eventsOf(courseId)).isEqualTo(2);
        assertThat(tables().eventsOf((String) badCourse.get("courseId"))).isZero();
    }

    @Test
    void a_change_that_could_not_be_stored_holds_back_the_later_changes_of_its_course_so_a_resend_keeps_their_order() {
        String courseId = newCourseId();
        String otherCourseId = newCourseId();
        String started = crmId();
        send(crmEvent(started, "COURSE_STARTED", registration(courseId))).statusCode(200)
                .body("results.status", contains("accepted"));
        String completed = crmId();
        String retracted = crmId();
        String otherStarted = crmId();
        Object[] batch = {
                crmEvent(completed, "COURSE_COMPLETED", Map.of("courseId", courseId, "completedOn", "2023-06-30")),
                crmEvent(retracted, "COURSE_RETRACTED", Map.of("courseId", courseId, "reason", "registered twice")),
                crmEvent(otherStarted, "COURSE_STARTED", registration(otherCourseId))};

        // The database refuses the completion's event (as it does when it goes away mid-batch).
        String trigger = "fail_" + courseId.replaceAll("[^A-Za-z0-9]", "_");
        PostgresServer postgres = RealInfraTestResource.postgres();
        postgres.psql("guidance", "CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'the database is away for this test'; END; $$;\n"
                + "CREATE TRIGGER " + trigger + " BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.aggregate_id = '"
                + courseId + "' AND NEW.type = 'guidance.course-completed.v1') EXECUTE FUNCTION " + trigger + "();");
        try {
            send(batch).statusCode(200)
                    .body("results.crmEventId", contains(completed, retracted, otherStarted))
                    .body("results.status", contains("rejected", "rejected", "accepted"))
                    .body("results[0].problem.status", equalTo(503))
                    .body("results[1].problem.status", equalTo(503))
                    .body("results[1].problem.type", endsWith("/storage-unavailable"))
                    .body("results[1].problem.detail", org.hamcrest.Matchers.containsString("Not tried"));
        } finally {
            postgres.psql("guidance", "DROP TRIGGER " + trigger + " ON events;\nDROP FUNCTION " + trigger + "();");
        }
        // The retraction did not overtake the completion: the course still has only its start.
        assertThat(tables().eventsOf(courseId)).isEqualTo(1);

        send(batch).statusCode(200)
                .body("results.status", contains("accepted", "accepted", "duplicate"))
                .body("results[0].version", equalTo(2))
                .body("results[1].version", equalTo(3));
    }

    @Test
    void a_duplicate_crm_event_is_answered_as_duplicate_and_creates_nothing() {
        String courseId = newCourseId();
        Map<String, Object> event = crmEvent(crmId(), "COURSE_STARTED", registration(courseId));
        send(event).body("results[0].status", equalTo("accepted"));
        long eventsBefore = tables().events();

        send(event, event)
                .statusCode(200)
                .body("results.status", contains("duplicate", "duplicate"))
                .body("results[0].courseId", equalTo(courseId))
                .body("results[0].version", equalTo(1));

        assertThat(tables().events()).isEqualTo(eventsBefore);
        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void a_course_started_again_under_a_new_crm_event_id_creates_no_second_course() {
        String courseId = newCourseId();
        send(crmEvent(crmId(), "COURSE_STARTED", registration(courseId))).body("results[0].status", equalTo("accepted"));

        send(crmEvent(crmId(), "COURSE_STARTED", registration(courseId)))
                .body("results[0].status", equalTo("accepted"))
                .body("results[0].version", equalTo(1));

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void an_update_records_only_the_fields_that_changed() {
        String courseId = newCourseId();
        send(crmEvent(crmId(), "COURSE_STARTED", registration(courseId)));
        Map<String, Object> resentWithOneChange = registration(courseId);
        resentWithOneChange.put("municipalityCode", "860");

        send(crmEvent(crmId(), "COURSE_UPDATED", resentWithOneChange))
                .body("results[0].status", equalTo("accepted"))
                .body("results[0].version", equalTo(2));

        given().get("/api/v1/guidance-courses/" + courseId + "/events").then()
                .body("[1].type", equalTo("guidance.course-updated.v1"))
                .body("[1].payload", equalTo(Map.of("courseId", courseId, "municipalityCode", "860")));
        given().get("/api/v1/guidance-courses/" + courseId).then().body("municipalityCode", equalTo("860"));
    }

    @Test
    void an_update_that_changes_nothing_is_accepted_without_an_event() {
        String courseId = newCourseId();
        send(crmEvent(crmId(), "COURSE_STARTED", registration(courseId)));

        send(crmEvent(crmId(), "COURSE_UPDATED", Map.of("courseId", courseId, "companyName", "Eksempel ApS")))
                .body("results[0].status", equalTo("accepted"))
                .body("results[0].version", equalTo(1));

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void an_unreadable_event_is_rejected_alone_naming_its_field() {
        String courseId = newCourseId();
        Map<String, Object> unreadable = registration(newCourseId());
        unreadable.put("themes", 5);

        send(crmEvent(crmId(), "COURSE_STARTED", unreadable), crmEvent(crmId(), "COURSE_STARTED", registration(courseId)),
                "not an event")
                .statusCode(200)
                .body("results.status", contains("rejected", "accepted", "rejected"))
                .body("results[0].problem.errors.field", contains("course.themes"))
                .body("results[2].crmEventId", nullValue());

        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }

    @Test
    void problems_of_state_are_rejected_with_their_status() {
        String courseId = newCourseId();
        send(crmEvent(crmId(), "COURSE_STARTED", registration(courseId)),
                crmEvent(crmId(), "COURSE_RETRACTED", Map.of("courseId", courseId, "reason", "registered in error")));

        send(crmEvent(crmId(), "COURSE_COMPLETED", Map.of("courseId", courseId, "completedOn", "2023-06-30")),
                crmEvent(crmId(), "COURSE_UPDATED", Map.of("courseId", newCourseId(), "companyName", "X")),
                crmEvent(crmId(), "COURSE_RENAMED", Map.of("courseId", courseId)))
                .body("results.status", contains("rejected", "rejected", "rejected"))
                .body("results.problem.status", contains(409, 404, 400))
                .body("results[2].problem.errors.field", contains("type"));
    }

    @Test
    void a_rejected_event_can_be_corrected_and_sent_again_under_the_same_id() {
        String courseId = newCourseId();
        String crmEventId = crmId();
        Map<String, Object> wrong = registration(courseId);
        wrong.put("startedOn", "2023-02-31");
        send(crmEvent(crmEventId, "COURSE_STARTED", wrong)).body("results[0].status", equalTo("rejected"));

        send(crmEvent(crmEventId, "COURSE_STARTED", registration(courseId))).body("results[0].status", equalTo("accepted"));
    }

    @Test
    void the_events_carry_the_crm_time_and_the_batch_id() {
        String courseId = newCourseId();
        given().contentType(ContentType.JSON)
                .body(Map.of("batchId", "crm-batch-0042", "events",
                        List.of(crmEvent(crmId(), "COURSE_STARTED", registration(courseId)))))
                .post(CRM).then().statusCode(200).body("batchId", equalTo("crm-batch-0042"));

        given().get("/api/v1/guidance-courses/" + courseId + "/events").then()
                .body("[0].correlationId", equalTo("crm-batch-0042"))
                .body("[0].occurredAt", equalTo("2023-02-01T09:00:00Z"));
    }

    @Test
    void a_batch_without_events_is_a_400_problem() {
        given().contentType(ContentType.JSON).body(Map.of("items", List.of())).post(CRM).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", contains("events"));
    }
}
