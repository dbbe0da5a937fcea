package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.DONT_KNOW;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.NEUTRAL;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.SATISFIED;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.LOW;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.SOME;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.GROWTH;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.SHORT;
import static dk.erhvervshus.contracts.codes.ReferralUse.NO;
import static dk.erhvervshus.contracts.codes.ReferralUse.YES;
import static dk.erhvervshus.contracts.codes.Theme.INNOVATION;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey feed's whole path against a real broker and a real PostgreSQL: envelopes produced to
 * survey-events (and a course to guidance-events, read by the same consumer), projected by the
 * service, answered by the goals endpoints with exact values. The read models are emptied before
 * each test; the consumed positions are kept, so nothing is read twice.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class SurveyEventsToGoalsTest extends FromEmptyReadModels {


    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    /*
     * | response | company  | segment   | satisfaction   | score | effect    | digital | referral, used |
     * | ES-1     | 11111111 | GROWTH    | VERY_SATISFIED | 10    | HIGH      | yes     | yes, YES       |
     * | ES-2     | 22222222 | GROWTH    | SATISFIED      | 9     | SOME      | yes     | yes, NO        |
     * | ES-3     | 33333333 | GROWTH    | DONT_KNOW      | 6     | HIGH      | no      | yes, DONT_KNOW |
     * | ES-4     | 44444444 | GROWTH    | VERY_SATISFIED | 8     | (missing) | yes     | no             |
     * | ES-5     | 55555555 | OPERATION | VERY_SATISFIED | 10    | HIGH      | yes     | yes, YES       |
     * | ES-6     | 66666666 | OPERATION | NEUTRAL        | -     | LOW       | -       | -              |
     * 11111111 has a 2023 course; the others have none (the data check lists them).
     * G3 satisfaction GROWTH: 2 (ES-1, ES-4) / 3 answered (ES-1, ES-2, ES-4) = 66.7 %; OPERATION 1/2 = 50 %.
     * G3 NPS GROWTH: 10, 9, 6, 8 → (2 − 1) / 4 → 25; OPERATION: 10 → 100.
     * G4: referred ES-1, ES-2, ES-3, ES-5; YES 2 of 4 (DONT_KNOW counts) = 50 %.
     * G6 expected effect: HIGH ES-1, ES-3, ES-5 of 5 answered (ES-4 missing) = 60 %.
     * G7: digital ES-1 (HIGH), ES-2 (SOME), ES-4 (missing), ES-5 (HIGH) → 2/3 = 66.7 %.
     * Awareness: KM-1 (2023-04-01) 520/1000, KM-2 (2023-10-15) 400/800 → by year end KM-2: 50 %, green 300/400 = 75 %.
     * Cohort C-G (2021, GROWTH), redefined at version 2 to treated T1 T2, control K1 K2:
     *   T1 1.0m/10 → 1.3m/12, T2 1.0m/10 → 1.1m/11, K1 2.0m/20 → 2.2m/20 (corrected from 2.0m), K2 2021 only.
     *   revenue: treated 2.4/2.0 − 1 = 20 %, control 2.2/2.0 − 1 = 10 % → 10 pp; FTE: 23/20 − 1 = 15 % vs 0 % → 15 pp.
     */
    private EventEnvelope[] theSurveyFeed() {
        return new EventEnvelope[] {
                course("11111111").category(GROWTH).startedOn("2023-02-01").started(),
                response("ES-1", "11111111").answers(VERY_SATISFIED, 10, HIGH).digital(true).referred(true, YES).recorded(),
                response("ES-2", "22222222").answers(SATISFIED, 9, SOME).digital(true).referred(true, NO).recorded(),
                response("ES-3", "33333333").answers(DONT_KNOW, 6, HIGH).digital(false)
                        .referred(true, ReferralUse.DONT_KNOW).recorded(),
                response("ES-4", "44444444").answers(VERY_SATISFIED, 8, null).digital(true).referred(false, null).recorded(),
                response("ES-5", "55555555").operation().answers(VERY_SATISFIED, 10, HIGH).digital(true).referred(true, YES).recorded(),
                response("ES-6", "66666666").operation().answers(NEUTRAL, null, LOW).recorded(),
                SurveyEvents.awareness("KM-1", "2023-04-01", 1000, 520, 390),
                SurveyEvents.awareness("KM-2", "2023-10-15", 800, 400, 300),
                SurveyEvents.referralMade("REF-1", "11111111", "2023-03-01"),
                SurveyEvents.outcome("REF-1", true, "2023-04-01", 2),
                SurveyEvents.referralMade("REF-2", "22222222", "2023-05-01"),
                SurveyEvents.cohort("C-G", 2021, Segment.GROWTH, List.of("70000001"),
                        List.of("80000002"), 1),
                SurveyEvents.cohort("C-G", 2021, Segment.GROWTH, List.of("70000001", "70000002"),
                        List.of("80000001", "80000002"), 2),
                SurveyEvents.figures("70000001", 2021, "1000000", "10", 1),
                SurveyEvents.figures("70000001", 2023, "1300000", "12", 1),
                SurveyEvents.figures("70000002", 2021, "1000000", "10", 1),
                SurveyEvents.figures("70000002", 2023, "1100000", "11", 1),
                SurveyEvents.figures("80000001", 2021, "2000000", "20", 1),
                SurveyEvents.figures("80000001", 2023, "2000000", "20", 1),
                SurveyEvents.figures("80000001", 2023, "2200000", "20", 2),
                SurveyEvents.figures("80000002", 2021, "3000000", "30", 1)
        };
    }

    @Test
    void produced_survey_events_show_in_every_survey_goal_with_exact_values() {
        topic.publish(theSurveyFeed()).awaitConsumed();

        assertTheSurveyFeedsGoals();

        JsonPath satisfaction = given().get(GOALS + "/G3-SATISFACTION-GROWTH").then().statusCode(200).extract().jsonPath();
        assertThat(satisfaction.getString("breakdowns.segment")).isEqualTo("GROWTH");
        assertThat(satisfaction.getBoolean("breakdowns.dontKnowCountsInDenominator")).isFalse();
        assertThat(satisfaction.getInt("breakdowns.responses")).isEqualTo(4);
        assertThat(satisfaction.getInt("breakdowns.byAnswer.find { it.key == 'VERY_SATISFIED' }.count")).isEqualTo(2);
        assertThat(satisfaction.getInt("breakdowns.byAnswer.find { it.key == 'DONT_KNOW' }.count")).isEqualTo(1);
        assertThat(satisfaction.getInt("breakdowns.responsesWithoutGuidance.count")).isEqualTo(3);
        assertThat(satisfaction.getList("breakdowns.responsesWithoutGuidance.responses.responseId"))
                .containsExactly("ES-2", "ES-3", "ES-4");

        JsonPath nps = given().get(GOALS + "/G3-NPS-GROWTH").then().statusCode(200).extract().jsonPath();
        assertThat(nps.getInt("breakdowns.promoters")).isEqualTo(2);
        assertThat(nps.getInt("breakdowns.passives")).isEqualTo(1);
        assertThat(nps.getInt("breakdowns.detractors")).isEqualTo(1);
        assertThat(nps.getInt("breakdowns.missingScores")).isZero();

        JsonPath referrals = given().get(GOALS + "/G4-REFERRAL-UPTAKE").then().statusCode(200).extract().jsonPath();
        assertThat(referrals.getMap("breakdowns.outboundReferrals"))
                .containsEntry("referrals", 2).containsEntry("used", 1).containsEntry("notUsed", 0).containsEntry("unreported", 1);
        assertThat(referrals.getList("breakdowns.byAnswer.key")).containsExactly("YES", "NO", "DONT_KNOW", "MISSING");

        JsonPath effect = given().get(GOALS + "/G6-EXPECTED-EFFECT").then().statusCode(200).extract().jsonPath();
        assertThat(effect.getMap("breakdowns.bySegment.find { it.segment == 'GROWTH' }"))
                .containsEntry("numerator", 2).containsEntry("denominator", 3).containsEntry("share", 66.7f);

        JsonPath awareness = given().get(GOALS + "/G1-AWARENESS").then().statusCode(200).extract().jsonPath();
        assertThat(awareness.getString("breakdowns.surveyId")).isEqualTo("KM-2");
        assertThat(awareness.getString("breakdowns.conductedOn")).isEqualTo("2023-10-15");
        assertThat(awareness.getInt("breakdowns.surveysInYear")).isEqualTo(2);

        JsonPath growth = given().get(GOALS + "/G6-GROWTH-REVENUE").then().statusCode(200).extract().jsonPath();
        assertThat(growth.getList("breakdowns.cohortIds")).containsExactly("C-G");
        assertThat(growth.getMap("breakdowns"))
                .containsEntry("measure", "REVENUE").containsEntry("baseYear", 2021).containsEntry("endYear", 2023)
                .containsEntry("treatedUsed", 2).containsEntry("treatedLeftOut", 0)
                .containsEntry("controlUsed", 1).containsEntry("controlLeftOut", 1)
                .containsEntry("treatedGrowthPercent", 20).containsEntry("controlGrowthPercent", 10);
        assertThat(growth.getString("unit")).isEqualTo("PERCENTAGE_POINTS");
    }

    @Test
    void in_june_the_spring_survey_counts_and_shares_are_on_track_or_at_risk() {
        topic.publish(theSurveyFeed()).awaitConsumed();

        JsonPath june = given().queryParam("asOf", "2023-06-30").get(GOALS).then().statusCode(200).extract().jsonPath();

        assertThat(goal(june, "G1-AWARENESS")).containsEntry("actual", 52).containsEntry("status", "ON_TRACK");
        assertThat(goal(june, "G5-GREEN-AWARENESS")).containsEntry("actual", 75).containsEntry("status", "ON_TRACK");
        assertThat(goal(june, "G3-NPS-OPERATION")).containsEntry("actual", 100).containsEntry("status", "ON_TRACK");
        assertThat(goal(june, "G3-SATISFACTION-GROWTH")).containsEntry("status", "AT_RISK");
        // Before any response was answered (2023-05-02) the survey goals have no data yet.
        JsonPath april = given().queryParam("asOf", "2023-04-30").get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goal(april, "G3-NPS-GROWTH")).containsEntry("status", "NO_DATA")
                .containsEntry("awaitingFeed", "survey-service: brugerevaluering (user evaluation)");
    }

    @Test
    void a_redelivered_batch_of_survey_events_counts_once() {
        EventEnvelope[] feed = theSurveyFeed();

        topic.publish(feed).awaitConsumed();
        topic.publish(feed).awaitConsumed();

        assertTheSurveyFeedsGoals();
        assertThat(count("select count(*) from survey_responses")).isEqualTo(6);
        assertThat(count("select count(*) from awareness_surveys")).isEqualTo(2);
        assertThat(count("select count(*) from referrals")).isEqualTo(2);
        assertThat(count("select count(*) from company_figures")).isEqualTo(7);
        assertThat(count("select count(*) from effect_cohorts where last_version = 2 and cardinality(treated) = 2")).isEqualTo(1);
        assertThat(count("select count(*) from company_figures where cvr = '80000001' and year = 2023 and last_version = 2 "
                + "and revenue_dkk = 2200000")).isEqualTo(1);
        assertThat(count("select count(*) from parked_events")).isZero();
    }

    @Test
    void a_malformed_survey_record_and_an_outcome_of_an_unknown_referral_are_parked_and_the_rest_counts() {
        topic.publishRaw(Topics.SURVEY_EVENTS, 0, "ES-broken",
                        "{\"type\": \"survey.response-recorded.v1\", \"payload\": 7".getBytes(StandardCharsets.UTF_8))
                .publishTo(0, SurveyEvents.outcome("REF-unknown", true, "2023-04-01", 2))
                .publishTo(0, response("ES-9", "99999999").answers(VERY_SATISFIED, 10, HIGH).recorded())
                .awaitConsumed();

        JsonPath goals = given().get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goal(goals, "G3-SATISFACTION-GROWTH")).containsEntry("numerator", 1).containsEntry("denominator", 1);
        assertThat(count("select count(*) from parked_events where topic = 'survey-events'")).isEqualTo(2);
        // The referral's stream never started: its outcome (version 2) waits for version 1.
        assertThat(count("select count(*) from parked_events where stream = 'referral:nordjylland:REF-unknown' "
                + "and reason_kind = 'WAITING' and reason = 'waiting for version 1'"))
                .isEqualTo(1);
    }

    /*
     * | course / referral | company  | municipality | category, themes    | date       | outcome                |
     * | course            | 11111111 | 860          | SHORT, INNOVATION   | 2023-02-01 |                        |
     * | course            | 11111111 | 851          | GROWTH              | 2023-03-01 |                        |
     * | REF-A INBOUND     | 11111111 | (none)       |                     | 2023-01-20 | none                   |
     * | REF-B OUTBOUND    | 11111111 | 849          |                     | 2023-04-01 | used, reported 05-01   |
     * | REF-C OUTBOUND    | 99999999 | (none)       |                     | 2023-06-01 | none                   |
     * REF-A names no municipality: it counts in Hjørring (860), where the company's first course is.
     * REF-C's company has no course of the year: unplaced. As of 2023-04-15 REF-C is not yet made and
     * REF-B's outcome not yet reported.
     */
    @Test
    void the_municipality_view_counts_courses_by_category_and_theme_and_places_every_referral() {
        topic.publish(
                course("11111111").in("860").category(SHORT).themes(INNOVATION).startedOn("2023-02-01").started(),
                course("11111111").in("851").category(GROWTH).startedOn("2023-03-01").started(),
                SurveyEvents.referralMade("REF-A", "11111111", "2023-01-20", ReferralDirection.INBOUND, null),
                SurveyEvents.referralMade("REF-B", "11111111", "2023-04-01", ReferralDirection.OUTBOUND, "849"),
                SurveyEvents.outcome("REF-B", true, "2023-05-01", 2),
                SurveyEvents.referralMade("REF-C", "99999999", "2023-06-01", ReferralDirection.OUTBOUND, null))
                .awaitConsumed();
        String path = "/api/v1/houses/nordjylland/years/2023/municipalities";

        for (JsonPath yearEnd : List.of(given().get(path).then().statusCode(200).extract().jsonPath(),
                given().queryParam("knownAt", java.time.Instant.now().toString()).get(path)
                        .then().statusCode(200).extract().jsonPath())) {
            assertThat(yearEnd.getMap("municipalities.find { it.code == '860' }.coursesByCategory.collectEntries { [it.key, it.count] }"))
                    .containsExactly(Map.entry("GROWTH", 0), Map.entry("OPERATION", 0), Map.entry("SHORT", 1),
                            Map.entry("EARLY_WARNING", 0));
            assertThat(yearEnd.getInt("municipalities.find { it.code == '860' }.coursesByTheme.find { it.key == 'INNOVATION' }.count"))
                    .isEqualTo(1);
            assertThat(yearEnd.getList("municipalities.find { it.code == '851' }.coursesByTheme.count")).containsOnly(0);
            assertThat(yearEnd.getMap("municipalities.find { it.code == '860' }.referralsIn"))
                    .isEqualTo(Map.of("referrals", 1, "used", 0, "notUsed", 0, "unreported", 1));
            assertThat(yearEnd.getMap("municipalities.find { it.code == '849' }.referralsOut"))
                    .isEqualTo(Map.of("referrals", 1, "used", 1, "notUsed", 0, "unreported", 0));
            assertThat(yearEnd.getMap("municipalities.find { it.code == '851' }.referralsOut"))
                    .isEqualTo(Map.of("referrals", 0, "used", 0, "notUsed", 0, "unreported", 0));
            assertThat(yearEnd.getMap("unplacedReferralsOut"))
                    .isEqualTo(Map.of("referrals", 1, "used", 0, "notUsed", 0, "unreported", 1));
            assertThat(yearEnd.getInt("unplacedReferralsIn.referrals")).isZero();
        }

        JsonPath april = given().queryParam("asOf", "2023-04-15").get(path).then().statusCode(200).extract().jsonPath();
        assertThat(april.getString("asOf")).isEqualTo("2023-04-15");
        assertThat(april.getMap("municipalities.find { it.code == '849' }.referralsOut"))
                .isEqualTo(Map.of("referrals", 1, "used", 0, "notUsed", 0, "unreported", 1));
        assertThat(april.getInt("unplacedReferralsOut.referrals")).isZero();
        assertThat(april.getInt("municipalities.find { it.code == '860' }.referralsIn.referrals")).isEqualTo(1);
    }

    private void assertTheSurveyFeedsGoals() {
        JsonPath goals = given().get(GOALS).then().statusCode(200).extract().jsonPath();

        assertThat(goal(goals, "G3-SATISFACTION-GROWTH")).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("actual", 66.7f).containsEntry("status", "NOT_MET").containsEntry("fulfilmentPercent", 83.3f)
                .containsEntry("awaitingFeed", null);
        assertThat(goal(goals, "G3-SATISFACTION-OPERATION")).containsEntry("numerator", 1).containsEntry("denominator", 2)
                .containsEntry("actual", 50);
        assertThat(goal(goals, "G3-NPS-GROWTH")).containsEntry("numerator", 1).containsEntry("denominator", 4)
                .containsEntry("actual", 25).containsEntry("unit", "NPS").containsEntry("status", "NOT_MET");
        assertThat(goal(goals, "G3-NPS-OPERATION")).containsEntry("actual", 100).containsEntry("status", "MET");
        assertThat(goal(goals, "G4-REFERRAL-UPTAKE")).containsEntry("numerator", 2).containsEntry("denominator", 4)
                .containsEntry("actual", 50).containsEntry("status", "MET");
        assertThat(goal(goals, "G6-EXPECTED-EFFECT")).containsEntry("numerator", 3).containsEntry("denominator", 5)
                .containsEntry("actual", 60).containsEntry("status", "NOT_MET");
        assertThat(goal(goals, "G7-DIGITAL-EFFECT")).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("actual", 66.7f);
        assertThat(goal(goals, "G1-AWARENESS")).containsEntry("numerator", 400).containsEntry("denominator", 800)
                .containsEntry("actual", 50).containsEntry("status", "MET");
        assertThat(goal(goals, "G5-GREEN-AWARENESS")).containsEntry("numerator", 300).containsEntry("denominator", 400)
                .containsEntry("actual", 75).containsEntry("status", "MET");
        assertThat(goal(goals, "G6-GROWTH-REVENUE")).containsEntry("actual", 10).containsEntry("status", "MET")
                .containsEntry("numerator", null);
        assertThat(goal(goals, "G6-GROWTH-EMPLOYMENT")).containsEntry("actual", 15).containsEntry("status", "MET");
        assertThat(goal(goals, "G6-PRODUCTIVITY")).containsEntry("status", "NO_DATA").containsEntry("actual", null)
                .containsEntry("awaitingFeed", "survey-service: registerdata og effektkohorter (company figures, effect cohorts)");
        assertThat(goal(goals, "G11-UNIQUE-COMPANIES")).containsEntry("actual", 1);
        // Each goal names the keys of freshness it reads: the survey goals read the courses too (their data check).
        assertThat(goals.getList("goals.find { it.id == 'G4-REFERRAL-UPTAKE' }.feeds"))
                .containsExactly("guidance", "user-evaluation", "referrals");
        assertThat(goals.getList("goals.find { it.id == 'G1-AWARENESS' }.feeds")).containsExactly("awareness");
        assertThat(goals.getList("goals.find { it.id == 'G6-GROWTH-REVENUE' }.feeds"))
                .containsExactly("register-figures", "cohorts");
        assertThat(goals.getList("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.feeds")).containsExactly("guidance");
        assertThat(goals.getMap("freshness")).containsKeys("guidance", "user-evaluation", "awareness", "referrals",
                "register-figures", "cohorts");
    }

    private static Map<String, Object> goal(JsonPath goals, String id) {
        return goals.getMap("goals.find { it.id == '" + id + "' }");
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
