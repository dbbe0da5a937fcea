package dk.erhvervshus.reporting.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import dk.erhvervshus.contracts.EventEnvelope;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals as they were known at an instant (knownAt), and the restatement diff between two
 * instants. What was known first: two courses of 2023 and one answer (ES-1, a promoter); then, later,
 * a detractor's answer (ES-2) and the retraction of one course.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class KnownAtAndRestatementsTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    @Test
    void a_late_answer_is_not_counted_and_a_late_retraction_still_counts_the_course_as_known_then() throws Exception {
        CourseEvents kept = course("11111111").startedOn("2023-02-01");
        CourseEvents retracted = course("22222222").startedOn("2023-03-01");
        topic.publish(kept.started(), retracted.started(),
                response("ES-1", "11111111").answers(VERY_SATISFIED, 10, HIGH).recorded()).awaitConsumed();
        Instant before = Instant.now();
        Thread.sleep(20);
        EventEnvelope late = response("ES-2", "22222222").answers(VERY_SATISFIED, 0, HIGH).recorded();
        EventEnvelope retraction = retracted.retracted(2);
        topic.publish(late, retraction).awaitConsumed();
        Instant after = Instant.now();

        JsonPath then = goals(Map.of("knownAt", before.toString()));
        assertThat(then.getString("knownAt")).isEqualTo(before.toString());
        assertThat(goal(then, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 2);
        assertThat(goal(then, "G3-NPS-GROWTH")).containsEntry("actual", 100).containsEntry("denominator", 1);

        JsonPath now = goals(Map.of());
        assertThat(goal(now, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 1);
        // ES-1 promoter, ES-2 detractor: (1 − 1) / 2 = 0.
        assertThat(goal(now, "G3-NPS-GROWTH")).containsEntry("actual", 0).containsEntry("denominator", 2);

        // asOf and knownAt together: on 2023-02-15 only the first course had started, as known before.
        JsonPath february = goals(Map.of("knownAt", before.toString(), "asOf", "2023-02-15"));
        assertThat(february.getString("asOf")).isEqualTo("2023-02-15");
        assertThat(goal(february, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 1);

        JsonPath diff = given().queryParam("from", before.toString()).queryParam("to", after.toString())
                .get(GOALS + "/restatements").then().statusCode(200).extract().jsonPath();
        List<String> restated = diff.getList("goals.id");
        assertThat(restated).isEqualTo(changedGoals(then, goals(Map.of("knownAt", after.toString()))));
        assertThat(restated).contains("G11-UNIQUE-COMPANIES", "G3-NPS-GROWTH")
                .doesNotContain("G1-AWARENESS", "G6-GROWTH-REVENUE");
        Map<String, Object> unique = diff.getMap("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }");
        assertThat(diff.getInt("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.before.actual")).isEqualTo(2);
        assertThat(diff.getInt("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.after.actual")).isEqualTo(1);
        assertThat(diff.getList("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.events.eventId"))
                .as("%s", unique).containsExactly(retraction.eventId().toString());
        assertThat(diff.getString("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.events[0].factId"))
                .isEqualTo(retracted.id());
        assertThat(diff.getString("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.events[0].type"))
                .isEqualTo("guidance.course-retracted.v1");
        assertThat(diff.getList("goals.find { it.id == 'G3-NPS-GROWTH' }.events.eventId"))
                .contains(late.eventId().toString());
        assertThat(diff.getString("goals.find { it.id == 'G3-NPS-GROWTH' }.events.find { it.eventId == '"
                + late.eventId() + "' }.factId")).isEqualTo("ES-2");

        // Nothing was recorded between "after" and now: nothing was restated.
        assertThat(given().queryParam("from", after.toString()).queryParam("to", Instant.now().toString())
                .get(GOALS + "/restatements").then().statusCode(200).extract().jsonPath().getList("goals")).isEmpty();
    }

    @Test
    void bad_instants_are_400_naming_the_field() {
        given().queryParam("knownAt", "yesterday").get(GOALS).then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(given().queryParam("knownAt", "yesterday").get(GOALS).then().extract().jsonPath()
                .getList("errors.field")).containsExactly("knownAt");
        assertThat(given().queryParam("from", "2024-01-15T00:00:00Z").get(GOALS + "/restatements").then()
                .statusCode(400).extract().jsonPath().getList("errors.field")).containsExactly("to");
        assertThat(given().queryParam("from", "2024-01-15T00:00:00Z").queryParam("to", "2024-01-14T00:00:00Z")
                .get(GOALS + "/restatements").then().statusCode(400).extract().jsonPath().getList("errors.field"))
                .containsExactly("to");
    }

    /** The goals whose value or status differs between two answers, in contract order. */
    private static List<String> changedGoals(JsonPath before, JsonPath after) {
        List<Map<String, Object>> old = before.getList("goals");
        List<Map<String, Object>> now = after.getList("goals");
        return java.util.stream.IntStream.range(0, old.size())
                .filter(i -> !same(old.get(i), now.get(i)))
                .mapToObj(i -> (String) old.get(i).get("id"))
                .toList();
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        for (String field : List.of("actual", "numerator", "denominator", "status")) {
            if (!java.util.Objects.equals(a.get(field), b.get(field))) {
                return false;
            }
        }
        return true;
    }

    private static JsonPath goals(Map<String, String> query) {
        return given().queryParams(query).get(GOALS).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> goal(JsonPath goals, String id) {
        return goals.getMap("goals.find { it.id == '" + id + "' }");
    }
}
