package dk.erhvervshus.e2e;

import dk.erhvervshus.stack.Listeners;
import dk.erhvervshus.stack.ServiceProcess;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.e2e.GoalsApi.actual;
import static dk.erhvervshus.e2e.GoalsApi.field;
import static dk.erhvervshus.e2e.GoalsApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system, through its public APIs only: courses registered at guidance-service travel
 * through the outbox, the real Kafka broker and reporting-service's projection into the goals.
 * The expected numbers are worked out by hand in each test from the courses registered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuidanceToGoalsEndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    // Company A had a course the year before; D is not enrolled in the user evaluation.
    private static final String A = "35807306";
    private static final String B = "19303640";
    private static final String C = "26212995";
    private static final String D = "42200336";
    private static final String E = "22453831";

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
    void registered_courses_show_up_in_the_goals_with_exact_counts() {
        register("e2e-a-2022", A, "851", "GROWTH", "2022-05-10", true, false, "INNOVATION");
        register("e2e-a-2023", A, "851", "GROWTH", "2023-02-01", true, false, "DIGITALISATION");
        register("e2e-b-2023", B, "860", "OPERATION", "2023-03-15", true, true, "GREEN_TRANSITION");
        register("e2e-c-2023", C, "773", "SHORT", "2023-04-20", true, false, "FINANCING");
        register("e2e-d-2023", D, "851", "EARLY_WARNING", "2023-06-10", false, false, "MANAGEMENT");
        register("e2e-b2-2023", B, "860", "SHORT", "2023-09-01", true, false, "SALES_MARKETING");
        register("e2e-e-2023", E, "825", "SHORT", "2023-11-05", true, false, "QUALIFIED_LABOUR");
        reportActivity("G8-A1", "DONE", "2023-05-01");
        reportActivity("G8-A2", "DONE", "2023-10-01");

        // 2023: companies A, B, C, D, E; courses GROWTH+OPERATION = A, B; SHORT+EARLY_WARNING = C, D, B2, E.
        // Evaluated (enrolled) companies A, B, C, E; new among them (no 2022 course): B, C, E -> 3/4 = 75 %.
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath goals = goals(null);
            assertThat(actual(goals, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("5");
            assertThat(actual(goals, "G11-GROWTH-OPERATION-COURSES")).isEqualByComparingTo("2");
            assertThat(actual(goals, "G11-SHORT-EARLY-WARNING-COURSES")).isEqualByComparingTo("4");
            assertThat(actual(goals, "G1-NEW-COMPANIES")).isEqualByComparingTo("75");
            assertThat(field(goals, "G1-NEW-COMPANIES", "numerator")).isEqualByComparingTo("3");
            assertThat(field(goals, "G1-NEW-COMPANIES", "denominator")).isEqualByComparingTo("4");
            assertThat(actual(goals, "G5-SUSTAINABILITY-WHEEL")).isEqualByComparingTo("1");
            assertThat(actual(goals, "G8-REGIONAL-STRATEGY")).isEqualByComparingTo("66.7");
        });
        JsonPath goals = goals(null);
        // Without asOf the answer is as of today; 2023 has ended, so goals are met or not met.
        assertThat(goals.getString("asOf")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString());
        assertThat(status(goals, "G11-UNIQUE-COMPANIES")).isEqualTo("NOT_MET");
        assertThat(status(goals, "G3-NPS-GROWTH")).isEqualTo("NO_DATA");
        assertThat(goals.getList("goals")).hasSize(21);

        // Municipalities: Aalborg (851) has A and D, Hjørring (860) B, Morsø (773) C, Læsø (825) E.
        JsonPath municipalities = GoalsApi.municipalities(system);
        assertThat(municipalityCompanies(municipalities, "851")).isEqualTo(2);
        assertThat(municipalityCompanies(municipalities, "860")).isEqualTo(1);
        assertThat(municipalityCompanies(municipalities, "825")).isEqualTo(1);
        assertThat(municipalityCompanies(municipalities, "787")).isZero();
    }

    @Test
    @Order(2)
    void as_of_a_date_counts_only_courses_started_by_then() {
        // By 30 April: A (1 Feb), B (15 Mar), C (20 Apr). Evaluated A, B, C; new B, C -> 2/3.
        JsonPath april = goals("2023-04-30");
        assertThat(actual(april, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("3");
        assertThat(actual(april, "G11-GROWTH-OPERATION-COURSES")).isEqualByComparingTo("2");
        assertThat(actual(april, "G11-SHORT-EARLY-WARNING-COURSES")).isEqualByComparingTo("1");
        assertThat(actual(april, "G1-NEW-COMPANIES")).isEqualByComparingTo("66.7");
        // G8-A1 was done on 1 May: not yet.
        assertThat(actual(april, "G8-REGIONAL-STRATEGY")).isEqualByComparingTo("0");
        // The year is running on 30 April: 3 companies against 800 x 120/365 is behind.
        assertThat(status(april, "G11-UNIQUE-COMPANIES")).isEqualTo("AT_RISK");

        JsonPath january = goals("2023-01-31");
        assertThat(actual(january, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("0");
        assertThat(status(january, "G1-NEW-COMPANIES")).isEqualTo("NO_DATA");
    }

    @Test
    @Order(3)
    void a_retracted_course_stops_counting_in_every_goal() {
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(Map.of("reason", "registered in error"))
                .post("/api/v1/guidance-courses/e2e-e-2023/retraction")
                .then().statusCode(200);

        // Without E: companies A, B, C, D; short/EW C, D, B2; evaluated A, B, C, new B, C -> 2/3.
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath goals = goals(null);
            assertThat(actual(goals, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("4");
            assertThat(actual(goals, "G11-SHORT-EARLY-WARNING-COURSES")).isEqualByComparingTo("3");
            assertThat(actual(goals, "G1-NEW-COMPANIES")).isEqualByComparingTo("66.7");
        });
        JsonPath municipalities = GoalsApi.municipalities(system);
        assertThat(municipalityCompanies(municipalities, "825")).isZero();
        // A retraction is a correction: it also disappears from earlier dates.
        assertThat(actual(goals("2023-11-30"), "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("4");
    }

    @Test
    @Order(4)
    void a_crash_of_reporting_service_mid_stream_changes_no_number() {
        int bulk = 300;
        List<Map<String, Object>> batch = new ArrayList<>();
        String[] municipalities = {"773", "787", "810", "813", "820", "840", "846", "849", "851", "860"};
        for (int i = 0; i < bulk; i++) {
            String courseId = "e2e-bulk-" + i;
            batch.add(Map.of("crmEventId", "e2e-crm-" + i, "type", "COURSE_STARTED",
                    "occurredAt", "2023-08-01T09:00:00Z",
                    "course", course(courseId, Cvrs.nth(i), municipalities[i % municipalities.length],
                            "SHORT", "2023-08-01", true, false, "INNOVATION")));
        }
        postCrm(batch.subList(0, 100));
        system.crashAndRestartReporting();
        postCrm(batch.subList(100, 200));
        system.crashAndRestartReporting();
        postCrm(batch.subList(200, bulk));
        // The whole batch re-sent, as a CRM would after a timeout: all duplicates.
        List<Map<String, Object>> results = postCrm(batch);
        assertThat(results).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("duplicate"));

        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(actual(goals(null), "G11-UNIQUE-COMPANIES")).isEqualByComparingTo(String.valueOf(4 + bulk)));
        // Give any double delivery time to show, then check every number once more.
        system.crashAndRestartReporting();
        JsonPath goals = goals(null);
        assertThat(actual(goals, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo(String.valueOf(4 + bulk));
        assertThat(actual(goals, "G11-SHORT-EARLY-WARNING-COURSES")).isEqualByComparingTo(String.valueOf(3 + bulk));
        assertThat(actual(goals, "G11-GROWTH-OPERATION-COURSES")).isEqualByComparingTo("2");
        // Evaluated: A, B, C + 300 new -> new 302 of 303.
        assertThat(field(goals, "G1-NEW-COMPANIES", "numerator")).isEqualByComparingTo(String.valueOf(2 + bulk));
        assertThat(field(goals, "G1-NEW-COMPANIES", "denominator")).isEqualByComparingTo(String.valueOf(3 + bulk));
    }

    @Test
    @Order(5)
    void every_service_listens_on_127_0_0_1_only_also_after_a_restart() {
        for (ServiceProcess service : system.services()) {
            List<Listeners.Listener> listeners = Listeners.of(service.pid());

            assertThat(listeners).as(service.name()).extracting(Listeners.Listener::port).contains(service.port());
            assertThat(listeners).as(service.name())
                    .allSatisfy(listener -> assertThat(listener.address().getHostAddress()).isEqualTo("127.0.0.1"));
        }
    }

    private static void register(String courseId, String cvr, String municipality, String category, String startedOn,
                                 boolean enrolled, boolean wheel, String theme) {
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(course(courseId, cvr, municipality, category, startedOn, enrolled, wheel, theme))
                .post("/api/v1/guidance-courses")
                .then().statusCode(201);
    }

    private static Map<String, Object> course(String courseId, String cvr, String municipality, String category,
                                              String startedOn, boolean enrolled, boolean wheel, String theme) {
        return Map.ofEntries(
                Map.entry("courseId", courseId), Map.entry("house", "nordjylland"), Map.entry("cvr", cvr),
                Map.entry("companyName", "E2E " + courseId + " ApS"), Map.entry("municipalityCode", municipality),
                Map.entry("category", category), Map.entry("themes", List.of(theme)), Map.entry("startedOn", startedOn),
                Map.entry("sustainabilityWheelUsed", wheel), Map.entry("enrolledInEvaluation", enrolled),
                Map.entry("origin", "DIRECT"));
    }

    private static void reportActivity(String activityId, String status, String changedOn) {
        system.as(Caller.HOUSE_STAFF, system.guidance).contentType(ContentType.JSON)
                .body(Map.of("status", status, "note", "e2e", "changedOn", changedOn))
                .put("/api/v1/houses/nordjylland/years/2023/activities/" + activityId)
                .then().statusCode(200);
    }

    private static List<Map<String, Object>> postCrm(List<Map<String, Object>> events) {
        return system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(Map.of("events", events))
                .post("/api/v1/crm/guidance-events")
                .then().statusCode(200).extract().jsonPath().getList("results");
    }

    private static JsonPath goals(String asOf) {
        return GoalsApi.goals(system, asOf);
    }

    private static int municipalityCompanies(JsonPath municipalities, String code) {
        return municipalities.getInt("municipalities.find { it.code == '" + code + "' }.guidedCompanies");
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
