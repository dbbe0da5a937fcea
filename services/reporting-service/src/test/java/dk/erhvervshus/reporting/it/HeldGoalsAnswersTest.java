package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The held goals answer (the default read's answer kept as bytes, and the maintained goals it was
 * judged from) with the goals held for a minute, so that only a derivation's notification can drop
 * them within the test: the same answer as a computed one, byte for byte but for the time of the
 * answer; read from memory while it stands; replaced as soon as a derivation changed the goals.
 */
@QuarkusTest
@TestProfile(HeldGoalsAnswersTest.HeldForAMinute.class)
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class HeldGoalsAnswersTest extends FromEmptyReadModels {

    /** Goals held for a minute, not the tests' 0. */
    public static class HeldForAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reporting.maintained.cache-ttl", "PT1M");
        }
    }

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";
    // The time of the answer: the only members two answers of the same goals differ in.
    private static final String TIMES = "\"knownAt\":\"[^\"]+\",\"computedAt\":\"[^\"]+\"";

    @BeforeEach
    void forgetWhatAnEarlierClassLeftHeld() {
        // What an earlier test class left held in this instance is forgotten, as a derivation would make it.
        pool.query("select pg_notify('goal_changes', 'nordjylland:2023:0')").execute().await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void a_held_answer_is_the_computed_one_and_is_dropped_when_a_derivation_changes_the_goals() {
        topic.publish(course("11111111").in("851").startedOn("2023-02-01").started()).awaitConsumed();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(uniqueCompanies(read())).isEqualTo(1));

        // Several reads in a row: the first are computed, the later ones are the held bytes.
        List<ExtractableResponse<Response>> reads = IntStream.range(0, 5).mapToObj(i -> read()).toList();
        String computedFromTheTables = given().header(ConsistencyToken.HEADER, ConsistencyToken.nothingWritten().format())
                .get(GOALS).then().statusCode(200).extract().asString();
        String detailType = given().get(GOALS + "/G11-UNIQUE-COMPANIES").then().statusCode(200).extract().contentType();
        for (ExtractableResponse<Response> answer : reads) {
            assertThat(answer.contentType()).isEqualTo(detailType);
            assertThat(withoutTimes(answer.asString())).isEqualTo(withoutTimes(computedFromTheTables));
        }

        // Held: a change of the stored goals that no derivation made (nothing notified) is not read.
        pool.query("update maintained_house_years set data_as_of = '{\"guidance-events\":\"2000-01-01T00:00:00Z\"}'"
                + " where house = 'nordjylland' and year = 2023").execute().await().atMost(Duration.ofSeconds(10));
        ExtractableResponse<Response> held = read();
        assertThat(withoutTimes(held.asString())).isEqualTo(withoutTimes(computedFromTheTables));
        assertThat(guidanceDataAsOf(held)).isNotEqualTo("2000-01-01T00:00:00Z");

        // A derivation that changes the goals drops the held answer at once (the goals are held for a minute).
        topic.publish(course("22222222").in("860").startedOn("2023-03-01").started()).awaitConsumed();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(uniqueCompanies(read())).isEqualTo(2));
        ExtractableResponse<Response> after = read();
        assertThat(uniqueCompanies(after)).isEqualTo(2);
        assertThat(guidanceDataAsOf(after)).isNotEqualTo("2000-01-01T00:00:00Z");
    }

    private static ExtractableResponse<Response> read() {
        return given().get(GOALS).then().statusCode(200).extract();
    }

    private static int uniqueCompanies(ExtractableResponse<Response> answer) {
        return answer.jsonPath().getInt("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.actual");
    }

    private static Object guidanceDataAsOf(ExtractableResponse<Response> answer) {
        return answer.jsonPath().getMap("dataAsOf").get("guidance-events");
    }

    private static String withoutTimes(String body) {
        assertThat(body).containsPattern(TIMES);
        return body.replaceFirst(TIMES, "");
    }
}
