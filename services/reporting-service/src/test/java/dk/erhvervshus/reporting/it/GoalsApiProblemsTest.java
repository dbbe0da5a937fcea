package dk.erhvervshus.reporting.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/** Errors are application/problem+json naming the field; health and the OpenAPI document are served. */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class GoalsApiProblemsTest {

    @Test
    void an_unknown_house_is_404_naming_the_house() {
        given().get("/api/v1/houses/atlantis/years/2023/goals").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("errors[0].field", equalTo("house"));
    }

    @Test
    void a_year_without_a_catalogue_is_404_naming_the_year() {
        given().get("/api/v1/houses/nordjylland/years/2027/municipalities").then()
                .statusCode(404).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void an_unknown_goal_is_404_naming_the_goal() {
        given().get("/api/v1/houses/nordjylland/years/2023/goals/G99-NOTHING").then()
                .statusCode(404).contentType("application/problem+json").body("errors[0].field", equalTo("goalId"));
    }

    @Test
    void a_malformed_as_of_or_year_is_400_naming_each() {
        given().queryParam("asOf", "30-06-2023").get("/api/v1/houses/nordjylland/years/twenty/goals").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("asOf")).body("errors.field", hasItem("year"));
    }

    @Test
    void readiness_reports_the_running_consumer_of_both_topics() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200)
                        .body("checks.name", hasItem("projection consumer"))
                        .body("checks.find { it.name == 'projection consumer' }.data.status", equalTo("RUNNING"))
                        .body("checks.find { it.name == 'projection consumer' }.data", hasKey("guidance-events partitions"))
                        .body("checks.find { it.name == 'projection consumer' }.data", hasKey("survey-events partitions")));
    }

    @Test
    void the_openapi_document_publishes_the_goal_paths() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/houses/{house}/years/{year}/goals/{goalId}"));
    }
}
