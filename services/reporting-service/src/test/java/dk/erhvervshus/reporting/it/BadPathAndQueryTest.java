package dk.erhvervshus.reporting.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every malformed path or query of the goals API is a 4xx problem document of a stable type naming
 * the parameter, never a 500 and never a silent answer, on each of the three GETs.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class BadPathAndQueryTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://erhvervshus.dk/problems/";

    /** {house} {year} {asOf} → status, type, field; for each of goals, goals/G1-NEW-COMPANIES, municipalities. */
    @ParameterizedTest(name = "[{index}] /{3} house={0} year={1} asOf={2} → {4} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "nordjylland|2023|1900-01-01  |goals                  |400|validation-failed|asOf",
            "nordjylland|2023|-5000-01-01 |goals                  |400|validation-failed|asOf",
            "nordjylland|2023|+10000-01-01|goals/G1-NEW-COMPANIES |400|validation-failed|asOf",
            "nordjylland|2023|2999-12-31  |municipalities         |400|validation-failed|asOf",
            "nordjylland|2023|30-06-2023  |goals                  |400|validation-failed|asOf",
            "nordjylland|2023|2023-02-30  |municipalities         |400|validation-failed|asOf",
            "nordjylland|abc |null        |goals                  |400|validation-failed|year",
            "nordjylland|1999|null        |goals/G1-NEW-COMPANIES |400|validation-failed|year",
            "nordjylland|3023|null        |municipalities         |400|validation-failed|year",
            "nordjylland|99999999999|null |goals                  |400|validation-failed|year",
            "atlantis   |2023|null        |goals                  |404|not-found        |house",
            "atlantis   |2023|null        |goals/G1-NEW-COMPANIES |404|not-found        |house",
            "atlantis   |2023|null        |municipalities         |404|not-found        |house",
            "nordjylland|2027|null        |goals                  |404|not-found        |year",
            "nordjylland|2023|null        |goals/G99-NOTHING      |404|not-found        |goalId"})
    void a_bad_path_or_query_is_a_problem_naming_the_parameter(String house, String year, String asOf, String what,
                                                             int status, String type, String field) {
        var request = given();
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        request.get("/api/v1/houses/" + house + "/years/" + year + "/" + what).then()
                .statusCode(status).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + type))
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    @Test
    void an_unknown_house_is_worded_as_in_the_write_services() {
        given().get("/api/v1/houses/atlantis/years/2023/goals").then()
                .body("errors[0].message", startsWith("unknown house 'atlantis'; one of "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"goals", "municipalities"})
    void a_path_and_query_over_the_limit_is_a_414_problem_not_an_empty_answer(String what) {
        given().queryParam("asOf", "2023-06-30").queryParam("padding", "x".repeat(3_000))
                .get("/api/v1/houses/nordjylland/years/2023/" + what).then()
                .statusCode(414).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + "uri-too-long"));
    }

    @Test
    void framework_statuses_have_stable_types_too() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + "not-found"));
        for (String path : List.of("/api/v1/houses/nordjylland/years/2023/goals", "/api/v1/houses/nordjylland/years/2023/report",
                "/api/v1/houses/nordjylland", "/api/v1/houses")) {
            var answer = given().delete(path).then().extract();
            org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as("DELETE " + path).isEqualTo(405);
            org.assertj.core.api.Assertions.assertThat(answer.jsonPath().getString("type")).as("DELETE " + path)
                    .isEqualTo(TYPES + "method-not-allowed");
        }
        given().accept("text/csv").get("/api/v1/houses/nordjylland/years/2023/goals").then().statusCode(406)
                .contentType(startsWith(PROBLEM_JSON)).body("type", equalTo(TYPES + "not-acceptable"));
    }

    @Test
    void readiness_data_carry_no_exception_text() {
        given().get("/q/health/ready").then()
                .body("checks.data.lastError", everyItem(not(org.hamcrest.Matchers.containsString("Exception"))));
    }
}
