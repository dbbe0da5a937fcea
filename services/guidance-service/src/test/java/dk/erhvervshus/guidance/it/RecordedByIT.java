package dk.erhvervshus.guidance.it;

import dk.erhvervshus.contracts.activity.GoalActivityEvent;
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

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Every event records who caused it: the subject of the token of the request. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class RecordedByIT {

    private static final String COURSES = "/api/v1/guidance-courses";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_registration_and_a_completion_record_the_subject_of_each_token() {
        String courseId = newCourseId();
        given().auth().oauth2(Callers.crm("crm-client-registering", "nordjylland")).contentType(ContentType.JSON)
                .body(registration(courseId)).post(COURSES).then().statusCode(201);
        given().auth().oauth2(Callers.crm("crm-client-completing", "nordjylland")).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2023-06-30")).post(COURSES + "/" + courseId + "/completion")
                .then().statusCode(200);

        given().get(COURSES + "/" + courseId + "/events").then().statusCode(200)
                .body("type", contains("guidance.course-started.v1", "guidance.course-completed.v1"))
                .body("recordedBy", contains("crm-client-registering", "crm-client-completing"));
    }

    @Test
    void a_crm_item_records_the_subject_of_the_batchs_token() {
        String courseId = newCourseId();
        given().auth().oauth2(Callers.crm("salesforce-sync", "nordjylland")).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(crmEvent("sf-" + UUID.randomUUID(), "COURSE_STARTED", registration(courseId)))))
                .post("/api/v1/crm/guidance-events").then().statusCode(200)
                .body("results[0].status", equalTo("accepted"));

        given().get(COURSES + "/" + courseId + "/events").then().statusCode(200)
                .body("[0].recordedBy", equalTo("salesforce-sync"));
    }

    @Test
    void an_activity_report_records_the_subject_of_the_staff_token() {
        String aggregateId = GoalActivityEvent.aggregateId("nordjylland", 2023, "G9-A1");
        EventTables tables = new EventTables(dataSource);
        String sql = "SELECT count(*) FROM events WHERE aggregate_id = ? AND recorded_by = ?";
        long before = tables.count(sql, aggregateId, "staff-nordjylland");
        // A status other than the current one, so that the report is recorded.
        String status = tables.eventsOf(aggregateId) % 2 == 0 ? "IN_PROGRESS" : "DONE";

        given().auth().oauth2(Callers.staff("nordjylland")).contentType(ContentType.JSON).body(Map.of("status", status))
                .put("/api/v1/houses/nordjylland/years/2023/activities/G9-A1").then().statusCode(200);

        assertThat(tables.count(sql, aggregateId, "staff-nordjylland")).isEqualTo(before + 1);
    }
}
