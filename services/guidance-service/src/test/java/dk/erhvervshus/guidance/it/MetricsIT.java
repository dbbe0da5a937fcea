package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.MetricsText;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/metrics is open like health and counts writes by outcome, per item for a batch, beside the outbox's meters. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class MetricsIT {

    private static final String WRITES = "erhvervshus_writes_total";

    private static MetricsText metrics() {
        return MetricsText.of(given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static double writes(MetricsText metrics, String operation, String outcome, String status) {
        return metrics.value(WRITES, "operation", operation, "outcome", outcome, "status", status);
    }

    @Test
    void writes_are_counted_as_accepted_duplicate_or_rejected_and_the_outbox_meters_are_there() {
        MetricsText before = metrics();
        String courseId = newCourseId();
        given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        Map<String, Object> invalid = registration(newCourseId());
        invalid.put("cvr", "12");
        given().contentType(ContentType.JSON).body(invalid).post("/api/v1/guidance-courses").then().statusCode(400);
        String crmCourse = newCourseId();
        Map<String, Object> started = crmEvent("crm-" + crmCourse, "COURSE_STARTED", registration(crmCourse));
        Map<String, Object> broken = crmEvent("crm-broken-" + crmCourse, "COURSE_STARTED", invalid);
        given().contentType(ContentType.JSON).body(Map.of("events", List.of(started, started, broken)))
                .post("/api/v1/crm/guidance-events").then().statusCode(200);

        MetricsText after = metrics();

        assertThat(writes(after, "registerGuidanceCourse", "accepted", "2xx")
                - writes(before, "registerGuidanceCourse", "accepted", "2xx")).isEqualTo(1);
        assertThat(writes(after, "registerGuidanceCourse", "duplicate", "2xx")
                - writes(before, "registerGuidanceCourse", "duplicate", "2xx")).isEqualTo(1);
        assertThat(writes(after, "registerGuidanceCourse", "rejected", "4xx")
                - writes(before, "registerGuidanceCourse", "rejected", "4xx")).isEqualTo(1);
        assertThat(writes(after, "receiveCrmGuidanceEvents", "accepted", "2xx")
                - writes(before, "receiveCrmGuidanceEvents", "accepted", "2xx")).isEqualTo(1);
        assertThat(writes(after, "receiveCrmGuidanceEvents", "duplicate", "2xx")
                - writes(before, "receiveCrmGuidanceEvents", "duplicate", "2xx")).isEqualTo(1);
        assertThat(writes(after, "receiveCrmGuidanceEvents", "rejected", "4xx")
                - writes(before, "receiveCrmGuidanceEvents", "rejected", "4xx")).isEqualTo(1);
        assertThat(List.of("erhvervshus_outbox_backlog_rows", "erhvervshus_outbox_oldest_unpublished_age_seconds",
                "erhvervshus_outbox_dead_letters_rows", "erhvervshus_outbox_published_records_total",
                "erhvervshus_outbox_dead_lettered_records_total", "erhvervshus_outbox_relay_rounds_total",
                "erhvervshus_outbox_relay_round_seconds_count")).allMatch(after::has);
    }
}
