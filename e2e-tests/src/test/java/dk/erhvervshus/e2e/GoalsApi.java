package dk.erhvervshus.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads reporting-service's goals of Nordjylland 2023 the way a dashboard would (with its token), for the end-to-end tests. */
final class GoalsApi {

    static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    private GoalsApi() {
    }

    /** All goals, as of {@code asOf} or, when null, the service's default (today). */
    static JsonPath goals(RunningSystem system, String asOf) {
        RequestSpecification request = dashboard(system);
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get(GOALS).then().statusCode(200).extract().jsonPath();
    }

    /** One goal with its breakdowns. */
    static JsonPath goal(RunningSystem system, String goalId) {
        return dashboard(system).get(GOALS + "/" + goalId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Municipality split of Nordjylland 2023. */
    static JsonPath municipalities(RunningSystem system) {
        return dashboard(system).get("/api/v1/houses/nordjylland/years/2023/municipalities")
                .then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification dashboard(RunningSystem system) {
        return system.as(Caller.DASHBOARD, system.reporting);
    }

    static BigDecimal actual(JsonPath goals, String goalId) {
        return field(goals, goalId, "actual");
    }

    /** A numeric field of one goal in a goals answer; fails when it is absent or null. */
    static BigDecimal field(JsonPath goals, String goalId, String field) {
        Object value = goals.get("goals.find { it.id == '" + goalId + "' }." + field);
        assertThat(value).as(goalId + "." + field).isNotNull();
        return new BigDecimal(String.valueOf(value));
    }

    static String status(JsonPath goals, String goalId) {
        return goals.getString("goals.find { it.id == '" + goalId + "' }.status");
    }
}
