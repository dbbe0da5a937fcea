package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.NEUTRAL;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.LOW;
import static dk.erhvervshus.contracts.codes.ReferralUse.NO;
import static dk.erhvervshus.contracts.codes.ReferralUse.YES;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * survey-service's ids are unique per house only. Two houses send the same response id and the
 * same referral id to survey-events; each counts in its own house's goals, and one house's
 * referral outcome leaves the other's referral as it was. Midtjylland's goals come from a test
 * catalogue of three survey goals (src/test/resources/reference/catalogue/midtjylland/2023.json).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class SameIdsInTwoHousesTest extends FromEmptyReadModels {

    private static final String NORD = "nordjylland";
    private static final String MIDT = "midtjylland";

    /*
     * | house       | response | company  | satisfaction   | score | referred, used | referral REF-1      |
     * | nordjylland | ES-1     | 11111111 | VERY_SATISFIED | 10    | yes, YES       | made, no outcome    |
     * | midtjylland | ES-1     | 22222222 | NEUTRAL        | 3     | yes, NO        | made, outcome: used |
     */
    private static EventEnvelope[] twoHousesWithTheSameIds() {
        return new EventEnvelope[] {
                response(NORD, "ES-1", "11111111").answers(VERY_SATISFIED, 10, HIGH).referred(true, YES).recorded(),
                response(MIDT, "ES-1", "22222222").answers(NEUTRAL, 3, LOW).referred(true, NO).recorded(),
                SurveyEvents.referralMade(NORD, "REF-1", "11111111", "2023-03-01"),
                SurveyEvents.referralMade(MIDT, "REF-1", "22222222", "2023-03-02"),
                SurveyEvents.outcome(MIDT, "REF-1", true, "2023-04-01", 2)
        };
    }

    @Test
    void the_same_response_id_in_two_houses_counts_in_each_houses_own_goals() {
        topic.publish(twoHousesWithTheSameIds()).awaitConsumed();

        assertEachHouseCountsOnlyItsOwn();
        assertThat(count("select count(*) from survey_responses where response_id = 'ES-1'")).isEqualTo(2);
        assertThat(count("select count(*) from parked_events")).isZero();
    }

    @Test
    void one_houses_referral_outcome_does_not_change_the_other_houses_referral_of_the_same_id() {
        topic.publish(twoHousesWithTheSameIds()).awaitConsumed();

        assertThat(outboundReferrals(NORD)).containsEntry("referrals", 1).containsEntry("used", 0)
                .containsEntry("unreported", 1);
        assertThat(outboundReferrals(MIDT)).containsEntry("referrals", 1).containsEntry("used", 1)
                .containsEntry("unreported", 0);
        assertThat(count("select count(*) from referrals where referral_id = 'REF-1' and house = 'nordjylland' "
                + "and used is null and last_version = 1")).isEqualTo(1);
        assertThat(count("select count(*) from referrals where referral_id = 'REF-1' and house = 'midtjylland' "
                + "and used and last_version = 2")).isEqualTo(1);
    }

    @Test
    void a_redelivery_of_both_houses_counts_each_once() {
        topic.publish(twoHousesWithTheSameIds()).awaitConsumed();
        topic.publish(twoHousesWithTheSameIds()).awaitConsumed();

        assertEachHouseCountsOnlyItsOwn();
        assertThat(count("select count(*) from survey_responses")).isEqualTo(2);
        assertThat(count("select count(*) from referrals")).isEqualTo(2);
    }

    private void assertEachHouseCountsOnlyItsOwn() {
        assertThat(goal(NORD, "G3-SATISFACTION-GROWTH")).containsEntry("numerator", 1).containsEntry("denominator", 1)
                .containsEntry("actual", 100);
        assertThat(goal(MIDT, "G3-SATISFACTION-GROWTH")).containsEntry("numerator", 0).containsEntry("denominator", 1)
                .containsEntry("actual", 0);
        assertThat(goal(NORD, "G3-NPS-GROWTH")).containsEntry("actual", 100);
        assertThat(goal(MIDT, "G3-NPS-GROWTH")).containsEntry("actual", -100);
        assertThat(goal(NORD, "G4-REFERRAL-UPTAKE")).containsEntry("numerator", 1).containsEntry("denominator", 1);
        assertThat(goal(MIDT, "G4-REFERRAL-UPTAKE")).containsEntry("numerator", 0).containsEntry("denominator", 1);
    }

    private static Map<String, Object> goal(String house, String id) {
        JsonPath goals = given().get("/api/v1/houses/" + house + "/years/2023/goals").then().statusCode(200)
                .extract().jsonPath();
        return goals.getMap("goals.find { it.id == '" + id + "' }");
    }

    private static Map<String, Object> outboundReferrals(String house) {
        return given().get("/api/v1/houses/" + house + "/years/2023/goals/G4-REFERRAL-UPTAKE").then().statusCode(200)
                .extract().jsonPath().getMap("breakdowns.outboundReferrals");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
