package dk.erhvervshus.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.e2e.GoalsApi.actual;
import static dk.erhvervshus.e2e.GoalsApi.field;
import static dk.erhvervshus.e2e.GoalsApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erhvervsstyrelsen's feeds, through survey-service's public API, into every survey-fed goal of
 * the 2023 contract. Each expected value is worked out by hand from the data below.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyFeedsToGoalsEndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Guided companies: P in 2023 (growth), Q in 2023 (operation), R in 2022. X has no course at all.
    private static final String P = Cvrs.nth(1001);
    private static final String Q = Cvrs.nth(1002);
    private static final String R = Cvrs.nth(1003);
    private static final String X = Cvrs.nth(1004);

    /**
     * The user evaluation as Erhvervsstyrelsen exports it: Danish labels, Danish dates,
     * Windows-1252, an empty cell for an unanswered question, and one row with a bad CVR.
     */
    private static final String CSV = String.join("\r\n",
            "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;recommendScore;"
                    + "expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral",
            "E2E-R1;nordjylland;" + P + ";2023;Vækst;02-05-2023;Meget tilfreds;10;I høj grad;Ja;Ja;Ja",
            "E2E-R2;nordjylland;" + Q + ";2023;Drift;03-05-2023;Tilfreds;8;I nogen grad;Nej;Ja;Nej",
            "E2E-R3;nordjylland;" + R + ";2023;Drift;04-05-2023;Meget tilfreds;9;I høj grad;Ja;Nej;",
            "E2E-R4;nordjylland;" + X + ";2023;Vækst;01-06-2023;Ved ikke;3;Ved ikke;Ja;Ja;Ved ikke",
            "E2E-BAD;nordjylland;12345678;2023;Vækst;01-06-2023;Tilfreds;7;I høj grad;Nej;Nej;",
            "");

    private static RunningSystem system;

    @BeforeAll
    static void startTheSystem() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void a_danish_csv_export_is_imported_row_by_row() {
        register("e2e-p", P, "GROWTH", "2023-02-01");
        register("e2e-q", Q, "OPERATION", "2023-03-01");
        register("e2e-r", R, "SHORT", "2022-06-01");

        JsonPath answer = importCsv();
        assertThat(answer.getInt("summary.rowsRead")).isEqualTo(5);
        assertThat(answer.getInt("summary.accepted")).isEqualTo(4);
        assertThat(answer.getInt("summary.rejected")).isEqualTo(1);
        assertThat(answer.getString("rejected[0].column")).isEqualTo("cvr");
        assertThat(answer.getInt("rejected[0].row")).isEqualTo(5);
    }

    @Test
    @Order(2)
    void json_responses_awareness_surveys_figures_and_cohorts_are_taken_through_the_api() {
        Map<String, Object> r5 = response("E2E-R5", P, "GROWTH", "2023-09-01", "DISSATISFIED", 6, "NONE", false, false, null);
        Map<String, Object> r6 = response("E2E-R6", Q, "OPERATION", "2023-09-02", "VERY_SATISFIED", null, "HIGH", true, true, "YES");
        JsonPath batch = system.as(Caller.SURVEY_FEED, system.survey).contentType(ContentType.JSON)
                .body(List.of(r5, r6)).post("/api/v1/survey-responses")
                .then().statusCode(200).extract().jsonPath();
        assertThat(batch.getInt("summary.accepted")).isEqualTo(2);

        postSurvey("/api/v1/awareness-surveys", Map.of("surveyId", "E2E-KM-SPRING", "house", "nordjylland", "year", 2023,
                "respondents", 800, "awareOfHouse", 300, "awareOfGreenServices", 200, "conductedOn", "2023-04-01"));
        postSurvey("/api/v1/awareness-surveys", Map.of("surveyId", "E2E-KM-AUTUMN", "house", "nordjylland", "year", 2023,
                "respondents", 1000, "awareOfHouse", 520, "awareOfGreenServices", 390, "conductedOn", "2023-10-01"));

        // Growth cohort 2021: T1, T2 with both years, T3 missing 2023; control C1, C2.
        // Operation cohort 2021: O1, O2; control K1, K2.
        String t1 = Cvrs.nth(1101), t2 = Cvrs.nth(1102), t3 = Cvrs.nth(1103), c1 = Cvrs.nth(1104), c2 = Cvrs.nth(1105);
        String o1 = Cvrs.nth(1106), o2 = Cvrs.nth(1107), k1 = Cvrs.nth(1108), k2 = Cvrs.nth(1109);
        List<Map<String, Object>> figures = List.of(
                figures(t1, 2021, 1_000_000, 10), figures(t1, 2023, 1_300_000, 12),
                figures(t2, 2021, 3_000_000, 20), figures(t2, 2023, 3_300_000, 21),
                figures(t3, 2021, 500_000, 5),
                figures(c1, 2021, 2_000_000, 10), figures(c1, 2023, 2_100_000, 10),
                figures(c2, 2021, 2_000_000, 10), figures(c2, 2023, 2_140_000, 10.5),
                figures(o1, 2021, 1_000_000, 10), figures(o1, 2023, 1_200_000, 10),
                figures(o2, 2021, 1_000_000, 10), figures(o2, 2023, 1_000_000, 10),
                figures(k1, 2021, 1_000_000, 10), figures(k1, 2023, 1_100_000, 10),
                figures(k2, 2021, 1_000_000, 10), figures(k2, 2023, 1_000_000, 10));
        system.as(Caller.SURVEY_FEED, system.survey).contentType(ContentType.JSON).body(figures)
                .post("/api/v1/company-figures").then().statusCode(200);
        postSurvey("/api/v1/effect-cohorts", Map.of("cohortId", "E2E-GROWTH-2021", "house", "nordjylland",
                "cohortYear", 2021, "segment", "GROWTH", "treated", List.of(t1, t2, t3), "control", List.of(c1, c2)));
        postSurvey("/api/v1/effect-cohorts", Map.of("cohortId", "E2E-OPERATION-2021", "house", "nordjylland",
                "cohortYear", 2021, "segment", "OPERATION", "treated", List.of(o1, o2), "control", List.of(k1, k2)));
    }

    @Test
    @Order(3)
    void every_survey_fed_goal_shows_its_hand_computed_value() {
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath goals = goals(null);
            // Satisfaction, growth: R1 very satisfied, R4 don't know (left out), R5 dissatisfied -> 1/2.
            assertShare(goals, "G3-SATISFACTION-GROWTH", "50", 1, 2);
            // Satisfaction, operation: R2 satisfied, R3 and R6 very satisfied -> 2/3.
            assertShare(goals, "G3-SATISFACTION-OPERATION", "66.7", 2, 3);
            // NPS growth: R1 10 promoter, R4 3 and R5 6 detractors -> 100 x (1 - 2) / 3.
            assertThat(actual(goals, "G3-NPS-GROWTH")).isEqualByComparingTo("-33.3");
            // NPS operation: R2 8 passive, R3 9 promoter, R6 no score -> 100 x 1 / 2.
            assertThat(actual(goals, "G3-NPS-OPERATION")).isEqualByComparingTo("50");
            // Referral received: R1 yes, R2 no, R4 don't know (counts), R6 yes -> 2/4.
            assertShare(goals, "G4-REFERRAL-UPTAKE", "50", 2, 4);
            // Expected effect: high R1, R3, R6; some R2; none R5; R4 don't know left out -> 3/5.
            assertShare(goals, "G6-EXPECTED-EFFECT", "60", 3, 5);
            // Digital guidance received: R1 high, R3 high, R6 high, R4 don't know left out -> 3/3.
            assertShare(goals, "G7-DIGITAL-EFFECT", "100", 3, 3);
            // Latest awareness survey of 2023 (1 Oct): 520/1000 and 390/520.
            assertShare(goals, "G1-AWARENESS", "52", 520, 1000);
            assertShare(goals, "G5-GREEN-AWARENESS", "75", 390, 520);
            // Revenue: treated (1.3M + 3.3M) / (1M + 3M) - 1 = 15 %, control 4.24M / 4M - 1 = 6 % -> 9 pp.
            assertThat(actual(goals, "G6-GROWTH-REVENUE")).isEqualByComparingTo("9");
            // FTE: treated 33 / 30 - 1 = 10 %, control 20.5 / 20 - 1 = 2.5 % -> 7.5 pp.
            assertThat(actual(goals, "G6-GROWTH-EMPLOYMENT")).isEqualByComparingTo("7.5");
            // Revenue per FTE: treated 110,000 / 100,000 - 1 = 10 %, control 105,000 / 100,000 - 1 = 5 % -> 5 pp.
            assertThat(actual(goals, "G6-PRODUCTIVITY")).isEqualByComparingTo("5");
        });
        JsonPath goals = goals(null);
        assertThat(status(goals, "G6-GROWTH-REVENUE")).isEqualTo("NOT_MET");
        assertThat(status(goals, "G6-GROWTH-EMPLOYMENT")).isEqualTo("MET");
        assertThat(status(goals, "G6-PRODUCTIVITY")).isEqualTo("MET");
        assertThat(status(goals, "G3-NPS-GROWTH")).isEqualTo("NOT_MET");

        JsonPath revenue = goal("G6-GROWTH-REVENUE");
        assertThat(revenue.getInt("breakdowns.treatedUsed")).isEqualTo(2);
        assertThat(revenue.getInt("breakdowns.treatedLeftOut")).isEqualTo(1);
        assertThat(revenue.getInt("breakdowns.controlUsed")).isEqualTo(2);
        assertThat(revenue.getInt("breakdowns.controlLeftOut")).isZero();
        // R4 comes from a company the house never guided: counted, and shown for the house to check.
        assertThat(goal("G3-SATISFACTION-GROWTH").getInt("breakdowns.responsesWithoutGuidance.count")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void as_of_june_the_spring_awareness_survey_and_the_responses_by_then_count() {
        JsonPath june = goals("2023-06-30");
        assertShare(june, "G1-AWARENESS", "37.5", 300, 800);
        assertShare(june, "G5-GREEN-AWARENESS", "66.7", 200, 300);
        // Growth by 30 June: R1 very satisfied, R4 don't know -> 1/1.
        assertShare(june, "G3-SATISFACTION-GROWTH", "100", 1, 1);
    }

    @Test
    @Order(5)
    void importing_the_same_file_again_changes_nothing() {
        JsonPath again = importCsv();
        assertThat(again.getInt("summary.accepted")).isZero();
        assertThat(again.getInt("summary.duplicates")).isEqualTo(4);
        assertThat(again.getInt("summary.rejected")).isEqualTo(1);

        // The re-import published nothing; give a stray event time to arrive, then compare.
        Map<String, BigDecimal> before = actuals(goals(null));
        system.crashAndRestartReporting();
        assertThat(actuals(goals(null))).isEqualTo(before);
    }

    private static JsonPath importCsv() {
        return system.as(Caller.SURVEY_FEED, system.survey).contentType("text/csv")
                .body(CSV.getBytes(WINDOWS_1252)).post("/api/v1/survey-responses/import")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void register(String courseId, String cvr, String category, String startedOn) {
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("courseId", courseId), Map.entry("house", "nordjylland"),
                        Map.entry("cvr", cvr), Map.entry("companyName", "E2E " + courseId + " ApS"),
                        Map.entry("municipalityCode", "851"), Map.entry("category", category),
                        Map.entry("themes", List.of("DIGITALISATION")), Map.entry("startedOn", startedOn),
                        Map.entry("sustainabilityWheelUsed", false), Map.entry("enrolledInEvaluation", true),
                        Map.entry("origin", "DIRECT")))
                .post("/api/v1/guidance-courses").then().statusCode(201);
    }

    private static Map<String, Object> response(String id, String cvr, String segment, String answeredOn,
                                                 String satisfaction, Integer score, String effect,
                                                 boolean digital, boolean referral, String used) {
        Map<String, Object> r = new HashMap<>();
        r.put("responseId", id);
        r.put("house", "nordjylland");
        r.put("cvr", cvr);
        r.put("surveyYear", 2023);
        r.put("segment", segment);
        r.put("answeredOn", answeredOn);
        r.put("competenceSatisfaction", satisfaction);
        if (score != null) {
            r.put("recommendScore", score);
        }
        r.put("expectedEffect", effect);
        r.put("receivedDigitalGuidance", digital);
        r.put("receivedReferral", referral);
        if (used != null) {
            r.put("usedReferral", used);
        }
        return r;
    }

    private static Map<String, Object> figures(String cvr, int year, long revenue, double fte) {
        return Map.of("cvr", cvr, "year", year, "revenueDkk", revenue, "fte", fte);
    }

    private static void postSurvey(String path, Map<String, Object> body) {
        int status = system.as(Caller.SURVEY_FEED, system.survey).contentType(ContentType.JSON).body(body)
                .post(path).then().extract().statusCode();
        assertThat(status).as(path).isIn(200, 201);
    }

    private static JsonPath goals(String asOf) {
        return GoalsApi.goals(system, asOf);
    }

    private static JsonPath goal(String goalId) {
        return GoalsApi.goal(system, goalId);
    }

    private static void assertShare(JsonPath goals, String goalId, String actual, int numerator, int denominator) {
        assertThat(actual(goals, goalId)).as(goalId).isEqualByComparingTo(actual);
        assertThat(field(goals, goalId, "numerator")).as(goalId + " numerator").isEqualByComparingTo(String.valueOf(numerator));
        assertThat(field(goals, goalId, "denominator")).as(goalId + " denominator").isEqualByComparingTo(String.valueOf(denominator));
    }

    private static Map<String, BigDecimal> actuals(JsonPath goals) {
        Map<String, BigDecimal> actuals = new HashMap<>();
        for (Map<String, Object> goal : goals.<Map<String, Object>>getList("goals")) {
            Object value = goal.get("actual");
            actuals.put((String) goal.get("id"), value == null ? null : new BigDecimal(String.valueOf(value)));
        }
        return actuals;
    }
}
