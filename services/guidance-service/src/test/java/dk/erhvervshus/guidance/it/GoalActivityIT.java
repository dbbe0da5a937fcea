package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class GoalActivityIT {

    private static final String ACTIVITY = "/api/v1/houses/nordjylland/years/2023/activities/";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_status_is_recorded_once_and_reporting_it_again_changes_nothing() {
        String aggregateId = GoalActivityEvent.aggregateId("nordjylland", 2023, "G9-A3");
        long before = new EventTables(dataSource).eventsOf(aggregateId);

        given().contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS", "note", "møder planlagt"))
                .put(ACTIVITY + "G9-A3").then()
                .statusCode(200)
                .body("activityId", equalTo("G9-A3"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("version", equalTo((int) before + 1));
        given().contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS", "note", "stadig i gang"))
                .put(ACTIVITY + "G9-A3").then()
                .statusCode(200)
                .body("version", equalTo((int) before + 1));
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE", "changedOn", "2023-09-14"))
                .put(ACTIVITY + "G9-A3").then()
                .statusCode(200)
                .body("version", equalTo((int) before + 2));

        assertThat(new EventTables(dataSource).typesOf(aggregateId)).hasSize((int) before + 2)
                .containsOnly("guidance.activity-status-changed.v1");
    }

    @Test
    void an_activity_outside_the_goal_catalogue_is_a_404_problem() {
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE")).put(ACTIVITY + "G8-A9").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .put("/api/v1/houses/nordjylland/years/2027/activities/G8-A1").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void an_unknown_status_is_a_400_naming_the_field() {
        given().contentType(ContentType.JSON).body(Map.of("status", "FINISHED", "changedOn", "tomorrow"))
                .put(ACTIVITY + "G8-A1").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("status", "changedOn"));
    }
}
