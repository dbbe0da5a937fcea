package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static dk.erhvervshus.contracts.codes.ActivityStatus.DONE;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.EARLY_WARNING;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.GROWTH;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.OPERATION;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.SHORT;
import static dk.erhvervshus.contracts.codes.Theme.GREEN_TRANSITION;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path against a real broker and a real PostgreSQL: envelopes produced to
 * guidance-events, consumed and projected by the service, answered by the goals endpoints.
 * The read models are emptied before each test (the consumed positions are kept, so nothing is
 * read twice), which makes every count below exact.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class GuidanceEventsToGoalsTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    @Test
    void produced_courses_and_activities_show_in_the_goals_with_exact_counts() {
        /*
         * | course | company  | municipality | category      | started    | evaluated | wheel |
         * | c0     | 33333333 | 851          | GROWTH        | 2022-06-01 | yes       |       |
         * | c1     | 11111111 | 851          | GROWTH        | 2023-02-01 | yes       | yes (green) |
         * | c2     | 11111111 | 860          | SHORT         | 2023-03-01 | yes       |       |
         * | c3     | 22222222 | 851          | OPERATION     | 2023-04-01 | no        |       |
         * | c4     | 33333333 | 825          | EARLY_WARNING | 2023-05-01 | yes       |       |
         * unique 3; growth+operation 2; short+early warning 2;
         * G1: evaluated 11111111, 33333333; 33333333 was guided in 2022 → 1/2 = 50 % (MET, ≥ 50);
         * G2: Aalborg 2/3, Hjørring 1/3, Læsø 1/3 all above half their key share → 3 of 11;
         * G5: wheel used once and G5-A1 done → MET; G8: 1 of 3 activities done → 33.3 %.
         */
        topic.publish(
                course("33333333").in("851").category(GROWTH).startedOn("2022-06-01").started(),
                course("11111111").in("851").category(GROWTH).startedOn("2023-02-01").wheelUsed().themes(GREEN_TRANSITION).started(),
                course("11111111").in("860").category(SHORT).startedOn("2023-03-01").started(),
                course("22222222").in("851").category(OPERATION).startedOn("2023-04-01").notEnrolled().started(),
                course("33333333").in("825").category(EARLY_WARNING).startedOn("2023-05-01").started(),
                CourseEvents.activity("G8-A1", DONE, "2023-03-01", 1),
                CourseEvents.activity("G5-A1", DONE, "2023-04-01", 1))
                .awaitConsumed();

        JsonPath goals = given().get(GOALS).then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(goals.getString("house")).isEqualTo("nordjylland");
        assertThat(goals.getInt("year")).isEqualTo(2023);
        // Without asOf: as of today, which for 2023 is after the year ended.
        assertThat(LocalDate.parse(goals.getString("asOf"))).isAfter(LocalDate.of(2023, 12, 31));
        assertThat(goals.getString("computedAt")).isNotBlank();
        assertThat(goals.getList("goals")).hasSize(21);
        assertThat(goal(goals, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 3).containsEntry("target", 800)
                .containsEntry("status", "NOT_MET").containsEntry("contractGoal", 11).containsEntry("unit", "COUNT");
        assertThat(goal(goals, "G11-GROWTH-OPERATION-COURSES")).containsEntry("actual", 2);
        assertThat(goal(goals, "G11-SHORT-EARLY-WARNING-COURSES")).containsEntry("actual", 2);
        assertThat(goal(goals, "G1-NEW-COMPANIES")).containsEntry("numerator", 1).containsEntry("denominator", 2)
                .containsEntry("actual", 50).containsEntry("status", "MET").containsEntry("fulfilmentPercent", 100);
        assertThat(goal(goals, "G2-GEOGRAPHIC-SPREAD")).containsEntry("actual", 3).containsEntry("target", 11)
                .containsEntry("status", "NOT_MET").containsEntry("fulfilmentPercent", 27.3f);
        assertThat(goal(goals, "G5-SUSTAINABILITY-WHEEL")).containsEntry("actual", 1).containsEntry("status", "MET");
        assertThat(goal(goals, "G8-REGIONAL-STRATEGY")).containsEntry("numerator", 1).containsEntry("denominator", 3)
                .containsEntry("actual", 33.3f).containsEntry("status", "NOT_MET");
        assertThat(goal(goals, "G1-AWARENESS")).containsEntry("status", "NO_DATA").containsEntry("actual", null)
                .containsEntry("awaitingFeed", "survey-service: kendskabsmåling (awareness survey)");

        JsonPath spread = given().get(GOALS + "/G2-GEOGRAPHIC-SPREAD").then().statusCode(200).extract().jsonPath();
        assertThat(spread.getInt("breakdowns.guidedCompanies")).isEqualTo(3);
        assertThat(spread.getMap("breakdowns.municipalities.find { it.code == '851' }"))
                .containsEntry("name", "Aalborg").containsEntry("group", "CITY").containsEntry("companies", 2)
                .containsEntry("courses", 2).containsEntry("keyShare", 37.4f).containsEntry("actualShare", 66.7f)
                .containsEntry("thresholdShare", 18.7f).containsEntry("meets", true);
        assertThat(spread.getList("breakdowns.ruralUrban.group")).containsExactly("RURAL", "URBAN");

        JsonPath strategy = given().get(GOALS + "/G8-REGIONAL-STRATEGY").then().statusCode(200).extract().jsonPath();
        assertThat(strategy.getList("activities.status")).containsExactly("DONE", "PLANNED", "PLANNED");
        assertThat(strategy.getString("activities[0].changedOn")).isEqualTo("2023-03-01");

        JsonPath municipalities = given().get("/api/v1/houses/nordjylland/years/2023/municipalities")
                .then().statusCode(200).extract().jsonPath();
        assertThat(municipalities.getList("municipalities")).hasSize(11);
        assertThat(municipalities.getMap("municipalities.find { it.code == '860' }"))
                .containsEntry("name", "Hjørring").containsEntry("guidedCompanies", 1).containsEntry("courses", 1)
                .containsEntry("actualShare", 33.3f);
        // Aalborg's 2023 courses: c1 (GROWTH, green transition) and c3 (OPERATION); c0 started in 2022.
        assertThat(municipalities.getList("municipalities.find { it.code == '851' }.coursesByCategory.count"))
                .containsExactly(1, 1, 0, 0);
        assertThat(municipalities.getInt("municipalities.find { it.code == '851' }.coursesByTheme"
                + ".find { it.key == 'GREEN_TRANSITION' }.count")).isEqualTo(1);
        assertThat(municipalities.getList("municipalities.find { it.code == '825' }.coursesByCategory.count"))
                .containsExactly(0, 0, 0, 1);
        assertThat(municipalities.getInt("municipalities.find { it.code == '851' }.referralsIn.referrals")).isZero();
    }

    @Test
    void the_same_events_produced_twice_count_once() {
        EventEnvelope first = course("44444444").category(GROWTH).started();
        EventEnvelope second = course("55555555").category(SHORT).started();
        EventEnvelope report = CourseEvents.activity("G9-A1", DONE, "2023-05-05", 1);

        topic.publish(first, second, report).awaitConsumed();
        topic.publish(first, second, report).awaitConsumed();

        JsonPath goals = given().get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goal(goals, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 2);
        assertThat(goal(goals, "G11-GROWTH-OPERATION-COURSES")).containsEntry("actual", 1);
        assertThat(goal(goals, "G9-REGIONAL-COLLABORATION")).containsEntry("numerator", 1);
        assertThat(count("select count(*) from courses")).isEqualTo(2);
        assertThat(count("select count(*) from activity_status_history")).isEqualTo(1);
    }

    @Test
    void a_retraction_removes_the_course_from_every_goal_also_for_earlier_dates() {
        CourseEvents wrong = course("66666666").in("851").category(GROWTH).startedOn("2023-02-01")
                .wheelUsed().themes(GREEN_TRANSITION);
        topic.publish(
                wrong.started(),
                course("77777777").in("860").category(SHORT).startedOn("2023-03-01").started(),
                wrong.retracted(2))
                .awaitConsumed();

        JsonPath goals = given().get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goal(goals, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 1);
        assertThat(goal(goals, "G11-GROWTH-OPERATION-COURSES")).containsEntry("actual", 0);
        assertThat(goal(goals, "G11-SHORT-EARLY-WARNING-COURSES")).containsEntry("actual", 1);
        assertThat(goal(goals, "G1-NEW-COMPANIES")).containsEntry("denominator", 1);
        assertThat(goal(goals, "G5-SUSTAINABILITY-WHEEL")).containsEntry("actual", 0);
        JsonPath spread = given().get(GOALS + "/G2-GEOGRAPHIC-SPREAD").then().statusCode(200).extract().jsonPath();
        assertThat(spread.getInt("breakdowns.municipalities.find { it.code == '851' }.companies")).isZero();

        // Before the second course started only the retracted one existed: nothing counts, not even then.
        JsonPath february = given().queryParam("asOf", "2023-02-15").get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goal(february, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 0);
    }

    @Test
    void as_of_a_date_before_a_courses_start_it_does_not_count() {
        CourseEvents june = course("88888888").category(OPERATION).startedOn("2023-06-01");
        topic.publish(june.started(), CourseEvents.activity("G10-A1", DONE, "2023-09-14", 1)).awaitConsumed();

        assertThat(uniqueCompaniesAsOf("2023-05-31")).isEqualTo(0);
        assertThat(uniqueCompaniesAsOf("2023-06-01")).isEqualTo(1);
        JsonPath before = given().queryParam("asOf", "2023-09-13").get(GOALS + "/G10-REGIONAL-GREEN").then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getString("asOf")).isEqualTo("2023-09-13");
        assertThat(before.getString("status")).isEqualTo("AT_RISK");
        assertThat(before.getString("activities.find { it.id == 'G10-A1' }.status")).isEqualTo("PLANNED");
        JsonPath after = given().queryParam("asOf", "2023-09-14").get(GOALS + "/G10-REGIONAL-GREEN").then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getString("activities.find { it.id == 'G10-A1' }.status")).isEqualTo("DONE");

        // Corrected to a later start: the row holds the latest start date, and June no longer counts it.
        topic.publish(june.movedTo("2023-07-01", 2)).awaitConsumed();
        assertThat(uniqueCompaniesAsOf("2023-06-15")).isEqualTo(0);
        assertThat(uniqueCompaniesAsOf("2023-07-01")).isEqualTo(1);
    }

    @Test
    void a_malformed_record_is_parked_and_does_not_stop_later_events() {
        topic.publishRaw(0, "course-broken", "{\"type\": \"guidance.course-started.v1\", \"payload\": 42".getBytes(StandardCharsets.UTF_8))
                .publishTo(0, course("99999999").category(SHORT).started())
                .awaitConsumed();

        assertThat(uniqueCompaniesAsOf("2023-12-31")).isEqualTo(1);
        assertThat(count("select count(*) from parked_events where record_key = 'course-broken' and reason_kind = 'MALFORMED' and reason like '%JSON%'"))
                .isEqualTo(1);
    }

    private int uniqueCompaniesAsOf(String asOf) {
        JsonPath goals = given().queryParam("asOf", asOf).get(GOALS).then().statusCode(200).extract().jsonPath();
        return (Integer) goal(goals, "G11-UNIQUE-COMPANIES").get("actual");
    }

    private static Map<String, Object> goal(JsonPath goals, String id) {
        return goals.getMap("goals.find { it.id == '" + id + "' }");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
