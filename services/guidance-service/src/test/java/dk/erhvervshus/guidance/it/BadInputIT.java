package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.problems.testing.ProblemAnswers;
import dk.erhvervshus.problems.testing.RawJson;
import dk.erhvervshus.problems.testing.WithoutContentType;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.erhvervshus.problems.testing.RawJson.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every malformed input of every write endpoint, as a table: the status, a problem document of a
 * stable type naming the field, and nothing stored (the events and outbox tables are unchanged).
 * The house rule comes before validation, so an unknown house is only judged for a token of that
 * house (for any other token it is simply another house: 403, see HouseIsolationIT).
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class BadInputIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://erhvervshus.dk/problems/";
    private static final String COURSES = "/api/v1/guidance-courses";
    private static final String CRM = "/api/v1/crm/guidance-events";
    private static final String ACTIVITY = "/api/v1/houses/%s/years/%s/activities/%s";

    @Inject
    AgroalDataSource dataSource;

    /** A course of the usual caller's house, for the completion and retraction cases (registered before each). */
    private static final String COURSE = courseId();

    /**
     * One bad request: where it goes, how it is sent, and what must come back.
     *
     * @param tokenHouse the house of the caller's token; null for the usual caller (nordjylland)
     */
    record Case(String name, String method, String path, String contentType, Map<String, String> headers, String body,
                int status, String type, String field, String tokenHouse) {

        Case(String name, String method, String path, String contentType, Map<String, String> headers, String body,
             int status, String type, String field) {
            this(name, method, path, contentType, headers, body, status, type, field, null);
        }

        /** The same request by a token of {@code house} (crm-integration and house-staff). */
        Case by(String house) {
            return new Case(name, method, path, contentType, headers, body, status, type, field, house);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case post(String name, String path, String body, int status, String type, String field) {
        return new Case(name, "POST", path, "application/json", Map.of(), body, status, type, field);
    }

    private static Case put(String name, String path, String body, int status, String type, String field) {
        return new Case(name, "PUT", path, "application/json", Map.of(), body, status, type, field);
    }

    /** A valid registration as raw JSON, ready to be spoiled one field at a time. */
    private static RawJson registration(String courseId) {
        return RawJson.from(Courses.registration(courseId));
    }

    private static String courseId() {
        return "bad-" + UUID.randomUUID();
    }

    private static String token(String house) {
        return RealInfraTestResource.tokens().token("bad-input-client", List.of("crm-integration", "house-staff"), house,
                Duration.ofHours(1));
    }

    @BeforeEach
    void registerTheCourseOfTheCompletionCases() {
        given().contentType("application/json").body(registration(COURSE).toString()).post(COURSES)
                .then().statusCode(201);
    }

    static Stream<Arguments> cases() {
        String completion = COURSES + "/" + COURSE + "/completion";
        String retraction = COURSES + "/" + COURSE + "/retraction";
        String activity = String.format(ACTIVITY, "nordjylland", "2023", "G8-A1");
        RawJson report = RawJson.of("status", text("DONE"), "note", text("ok"), "changedOn", text("2023-09-14"));
        List<Case> cases = new ArrayList<>(List.of(
                // --- registration: strict JSON
                post("registration: a key twice", COURSES, registration(courseId()).withRepeated("cvr", text("19319970")),
                        400, "malformed-request", "cvr"),
                post("registration: text after the JSON", COURSES, registration(courseId()) + "{\"x\": 1}",
                        400, "malformed-request", "body"),
                post("registration: a number for a text", COURSES, registration(courseId()).with("cvr", "13585628").toString(),
                        400, "malformed-request", "cvr"),
                post("registration: -1 for a boolean", COURSES,
                        registration(courseId()).with("sustainabilityWheelUsed", "-1").toString(),
                        400, "malformed-request", "sustainabilityWheelUsed"),
                post("registration: a text for a boolean", COURSES,
                        registration(courseId()).with("enrolledInEvaluation", text("true")).toString(),
                        400, "malformed-request", "enrolledInEvaluation"),
                post("registration: a number in a list of texts", COURSES,
                        registration(courseId()).with("themes", "[\"DIGITALISATION\", 5]").toString(),
                        400, "malformed-request", "themes[1]"),
                // --- registration: the kit's rules
                post("registration: U+0000 in a text", COURSES,
                        registration(courseId()).with("companyName", text("Eksempel\\u0000ApS")).toString(),
                        400, "validation-failed", "companyName"),
                post("registration: a lone surrogate", COURSES,
                        registration(courseId()).with("advisor", text("Mette \\ud800")).toString(),
                        400, "validation-failed", "advisor"),
                post("registration: U+0000 in a list element", COURSES,
                        registration(courseId()).with("themes", "[\"DIGITALISATION\\u0000\"]").toString(),
                        400, "validation-failed", "themes[0]"),
                post("registration: a control character", COURSES,
                        registration(courseId()).with("companyName", text("Eksempel\\u0007")).toString(),
                        400, "validation-failed", "companyName"),
                post("registration: CVR 00000000", COURSES, registration(courseId()).with("cvr", text("00000000")).toString(),
                        400, "validation-failed", "cvr"),
                post("registration: CVR with a space", COURSES, registration(courseId()).with("cvr", text(" 13585628")).toString(),
                        400, "validation-failed", "cvr"),
                post("registration: started before 2000", COURSES,
                        registration(courseId()).with("startedOn", text("1999-12-31")).toString(),
                        400, "validation-failed", "startedOn"),
                post("registration: started in the future", COURSES,
                        registration(courseId()).with("startedOn", text("2999-01-01")).toString(),
                        400, "validation-failed", "startedOn"),
                post("registration: unknown house", COURSES, registration(courseId()).with("house", text("atlantis")).toString(),
                        400, "validation-failed", "house").by("atlantis"),
                post("registration: company name too long", COURSES,
                        registration(courseId()).with("companyName", text("x".repeat(201))).toString(),
                        400, "validation-failed", "companyName"),
                post("registration: course id with U+0000", COURSES, registration("c\\u0000").toString(),
                        400, "validation-failed", "courseId"),
                new Case("registration: without Content-Type", "POST", COURSES, null, Map.of(),
                        registration(courseId()).toString(), 415, "unsupported-media-type", null),
                new Case("registration: charset ISO-8859-1", "POST", COURSES, "application/json; charset=ISO-8859-1",
                        Map.of(), registration(courseId()).toString(), 415, "unsupported-media-type", null),
                new Case("registration: X-Correlation-Id too long", "POST", COURSES, "application/json",
                        Map.of("X-Correlation-Id", "c".repeat(201)), registration(courseId()).toString(),
                        400, "validation-failed", "X-Correlation-Id"),
                new Case("registration: Idempotency-Key too long", "POST", COURSES, "application/json",
                        Map.of("Idempotency-Key", "k".repeat(201)), registration(courseId()).toString(),
                        400, "validation-failed", "Idempotency-Key"),
                // --- completion and retraction
                post("completion: before 2000", completion, "{\"completedOn\": \"1999-12-31\"}",
                        400, "validation-failed", "completedOn"),
                post("completion: a number for the date", completion, "{\"completedOn\": 20230630}",
                        400, "malformed-request", "completedOn"),
                post("completion: a key twice", completion, "{\"completedOn\": \"2023-06-30\", \"completedOn\": \"2023-07-01\"}",
                        400, "malformed-request", "completedOn"),
                post("completion: -5000-01-01", completion, "{\"completedOn\": \"-5000-01-01\"}",
                        400, "validation-failed", "completedOn"),
                new Case("completion: without Content-Type", "POST", completion, null, Map.of(),
                        "{\"completedOn\": \"2023-06-30\"}", 415, "unsupported-media-type", null),
                post("retraction: U+0000 in the reason", retraction, "{\"reason\": \"in error\\u0000\"}",
                        400, "validation-failed", "reason"),
                post("retraction: reason too long", retraction, "{\"reason\": \"" + "r".repeat(501) + "\"}",
                        400, "validation-failed", "reason"),
                post("retraction: a number for the reason", retraction, "{\"reason\": 42}",
                        400, "malformed-request", "reason"),
                new Case("retraction: charset ISO-8859-1", "POST", retraction, "application/json; charset=ISO-8859-1",
                        Map.of(), "{\"reason\": \"in error\"}", 415, "unsupported-media-type", null),
                // --- CRM batch as a whole
                post("crm: a key twice in an item", CRM,
                        "{\"events\": [{\"crmEventId\": \"a\", \"crmEventId\": \"b\"}]}", 400, "malformed-request",
                        "events[0].crmEventId"),
                post("crm: text after the JSON", CRM, "{\"events\": []}{}", 400, "malformed-request", "body"),
                post("crm: a batch id too long", CRM, "{\"batchId\": \"" + "b".repeat(201) + "\", \"events\": []}",
                        400, "validation-failed", "batchId"),
                post("crm: a batch id with U+0000", CRM, "{\"batchId\": \"b\\u0000\", \"events\": []}",
                        400, "validation-failed", "batchId"),
                post("crm: more events than allowed", CRM, "{\"events\": [" + "{},".repeat(1000) + "{}]}",
                        400, "validation-failed", "events"),
                new Case("crm: without Content-Type", "POST", CRM, null, Map.of(), "{\"events\": []}",
                        415, "unsupported-media-type", null),
                // --- activity reports
                put("activity: a malformed year", String.format(ACTIVITY, "nordjylland", "abc", "G8-A1"), report.toString(),
                        400, "validation-failed", "year"),
                put("activity: a year before 2000", String.format(ACTIVITY, "nordjylland", "1999", "G8-A1"), report.toString(),
                        400, "validation-failed", "year"),
                put("activity: a year after next year", String.format(ACTIVITY, "nordjylland", "2999", "G8-A1"),
                        report.toString(), 400, "validation-failed", "year"),
                put("activity: an unknown house", String.format(ACTIVITY, "atlantis", "2023", "G8-A1"), report.toString(),
                        404, "not-found", "house").by("atlantis"),
                put("activity: a year without a catalogue", String.format(ACTIVITY, "nordjylland", "2024", "G8-A1"),
                        report.toString(), 404, "not-found", "year"),
                put("activity: an unknown activity", String.format(ACTIVITY, "nordjylland", "2023", "G8-A9"),
                        report.toString(), 404, "not-found", "activityId"),
                put("activity: U+0000 in the note", activity, report.with("note", text("n\\u0000")).toString(),
                        400, "validation-failed", "note"),
                put("activity: changed before 2000", activity, report.with("changedOn", text("1999-12-31")).toString(),
                        400, "validation-failed", "changedOn"),
                put("activity: a number for the status", activity, report.with("status", "1").toString(),
                        400, "malformed-request", "status"),
                put("activity: a key twice", activity, report.withRepeated("status", text("PLANNED")),
                        400, "malformed-request", "status"),
                new Case("activity: without Content-Type", "PUT", activity, null, Map.of(), report.toString(),
                        415, "unsupported-media-type", null)));
        return cases.stream().map(Arguments::of);
    }

    @TestHTTPResource("/")
    URI root;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_malformed_request_is_a_4xx_problem_naming_the_field_and_nothing_is_stored(Case bad) throws Exception {
        EventTables tables = new EventTables(dataSource);
        long events = tables.events();
        long outbox = tables.outboxRows();

        if (bad.contentType() == null) {
            // rest-assured always names a Content-Type for a body, so this one goes through the JDK's client.
            ProblemAnswers.assertProblem(WithoutContentType.send(root, bad.method(), bad.path(), bad.body(),
                token(bad.tokenHouse() == null ? "nordjylland" : bad.tokenHouse())), bad.status(), bad.type());
            assertThat(tables.events()).as("events").isEqualTo(events);
            return;
        }
        RequestSpecification request = given().headers(bad.headers()).contentType(bad.contentType()).body(bad.body());
        if (bad.tokenHouse() != null) {
            request.auth().oauth2(token(bad.tokenHouse()));
        }
        Response response = bad.method().equals("PUT") ? request.put(bad.path()) : request.post(bad.path());

        ProblemAnswers.assertProblem(response, bad.status(), bad.type(), bad.field());
        assertThat(tables.events()).as("events").isEqualTo(events);
        assertThat(tables.outboxRows()).as("outbox rows").isEqualTo(outbox);
    }

    @Test
    void an_unknown_house_is_worded_as_in_every_service() {
        given().auth().oauth2(token("atlantis")).contentType("application/json")
                .body(registration(courseId()).with("house", text("atlantis")).toString())
                .post(COURSES).then().statusCode(400)
                .body("errors.find { it.field == 'house' }.message", startsWith("unknown house 'atlantis'; one of "));
        given().auth().oauth2(token("atlantis")).contentType("application/json").body("{\"status\": \"DONE\"}")
                .put(String.format(ACTIVITY, "atlantis", "2023", "G8-A1")).then().statusCode(404)
                .body("errors[0].message", startsWith("unknown house 'atlantis'; one of "));
    }

    @Test
    void a_bad_crm_item_is_rejected_on_its_own_naming_its_field_and_the_good_one_is_stored() {
        String good = courseId();
        String badText = courseId();
        String badBoolean = courseId();
        String batch = "{\"events\": ["
                + crmStart("crm-" + good, registration(good).toString()) + ", "
                + crmStart("crm-" + badText, registration(badText).with("companyName", text("A\\u0000S")).toString()) + ", "
                + crmStart("crm-" + badBoolean, registration(badBoolean).with("sustainabilityWheelUsed", "-1").toString())
                + ", {\"crmEventId\": \"crm-old\", \"type\": \"COURSE_STARTED\", \"occurredAt\": \"1999-12-31T12:00:00Z\","
                + " \"course\": " + registration(courseId()) + "}]}";
        EventTables tables = new EventTables(dataSource);
        long events = tables.events();

        given().contentType("application/json").body(batch).post(CRM).then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.contains("accepted", "rejected", "rejected", "rejected"))
                .body("results[1].problem.errors[0].field", equalTo("course.companyName"))
                .body("results[2].problem.errors[0].field", equalTo("course.sustainabilityWheelUsed"))
                .body("results[3].problem.errors[0].field", equalTo("occurredAt"));

        assertThat(tables.events()).isEqualTo(events + 1);
        assertThat(tables.eventsOf(good)).isEqualTo(1);
        assertThat(tables.eventsOf(badText) + tables.eventsOf(badBoolean)).isZero();
    }

    private static String crmStart(String crmEventId, String course) {
        return "{\"crmEventId\": \"" + crmEventId + "\", \"type\": \"COURSE_STARTED\", \"occurredAt\": "
                + "\"2023-02-01T09:00:00Z\", \"course\": " + course + "}";
    }

    @Test
    void a_path_over_the_limit_is_a_414_problem_not_an_empty_answer() {
        given().get(COURSES + "/" + "c".repeat(3_000)).then().statusCode(414).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + "uri-too-long"));
        given().contentType("application/json").body("{\"status\": \"DONE\"}")
                .put(String.format(ACTIVITY, "nordjylland", "2023", "a".repeat(3_000))).then().statusCode(414)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void framework_statuses_have_stable_types() {
        given().get("/api/v1/nothing-here").then().statusCode(404).body("type", equalTo(TYPES + "not-found"));
        given().delete(COURSES).then().statusCode(405).body("type", equalTo(TYPES + "method-not-allowed"));
        given().contentType("text/plain").body("x").post(COURSES).then().statusCode(415)
                .body("type", equalTo(TYPES + "unsupported-media-type"));
    }
}
