package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static dk.erhvervshus.reporting.it.SurveyEvents.awareness;
import static dk.erhvervshus.reporting.it.SurveyEvents.referralMade;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The freshness beside the goals, per feed: the recorded time of the newest applied event of the
 * house, how many of its facts the year's goals read, its parked events, and the user evaluation's
 * response rate (answers of the year per company guided in the year and enrolled in the evaluation).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class FeedFreshnessTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    @Test
    void each_feed_says_its_newest_applied_event_its_facts_its_parked_events_and_the_response_rate() {
        CourseEvents enrolled = course("11111111").startedOn("2023-02-01");
        CourseEvents notEnrolled = course("22222222").startedOn("2023-03-01").notEnrolled();
        CourseEvents alsoEnrolled = course("33333333").startedOn("2023-04-01");
        CourseEvents yearBefore = course("44444444").startedOn("2022-11-01");
        EventEnvelope answer = response("ES-1", "11111111").answers(VERY_SATISFIED, 9, HIGH).recorded();
        EventEnvelope survey = awareness("AW-1", "2023-09-01", 400, 120, 60);
        EventEnvelope referral = referralMade("R-1", "33333333", "2023-06-01");
        EventEnvelope[] courses = {enrolled.started(), notEnrolled.started(), yearBefore.started(), alsoEnrolled.started()};
        topic.publish(courses).publish(answer, survey, referral).awaitConsumed();
        // Version 3 of a course whose version 2 never came: parked, waiting, for the house.
        topic.publish(enrolled.movedTo("2023-05-01", 3)).awaitApplied();

        await().atMost(Duration.ofSeconds(10)).until(() -> goals().getLong("freshness.guidance.parkedEvents") == 1);
        JsonPath goals = goals();
        // The newest of the house's courses, also the one of the year before that the year's goals do not count.
        assertThat(instant(goals, "guidance")).isEqualTo(micros(courses[3].recordedAt()));
        assertThat(goals.getLong("freshness.guidance.facts")).isEqualTo(3);
        assertThat(instant(goals, "user-evaluation")).isEqualTo(micros(answer.recordedAt()));
        assertThat(goals.getLong("freshness.user-evaluation.facts")).isEqualTo(1);
        assertThat(goals.getLong("freshness.user-evaluation.parkedEvents")).isZero();
        // One answer per two companies enrolled (the third course's company is not enrolled).
        assertThat(goals.getString("freshness.user-evaluation.responseRatePercent")).isEqualTo("50.0");
        assertThat(instant(goals, "awareness")).isEqualTo(micros(survey.recordedAt()));
        assertThat(goals.getLong("freshness.awareness.facts")).isEqualTo(1);
        assertThat(instant(goals, "referrals")).isEqualTo(micros(referral.recordedAt()));
        assertThat(goals.getLong("freshness.referrals.facts")).isEqualTo(1);
        assertThat(goals.getString("freshness.register-figures.newestRecordedAt")).isNull();
        assertThat(goals.getLong("freshness.register-figures.facts")).isZero();
        assertThat(goals.getLong("freshness.cohorts.facts")).isZero();

        // The same freshness on an earlier asOf, computed from the facts as of then.
        JsonPath march = given().queryParam("asOf", "2023-03-15").get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(march.getLong("freshness.guidance.facts")).isEqualTo(2);
        // One company enrolled by then, and its answer came on 2023-05-02.
        assertThat(march.getString("freshness.user-evaluation.responseRatePercent")).isEqualTo("0.0");
        assertThat(march.getLong("freshness.guidance.parkedEvents")).isEqualTo(1);
    }

    private static JsonPath goals() {
        return given().get(GOALS).then().statusCode(200).extract().jsonPath();
    }

    private static Instant instant(JsonPath goals, String feed) {
        return Instant.parse(goals.getString("freshness." + feed + ".newestRecordedAt"));
    }

    /** PostgreSQL keeps microseconds. */
    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
