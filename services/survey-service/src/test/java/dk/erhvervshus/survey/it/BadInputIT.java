package dk.erhvervshus.survey.it;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.problems.testing.RawJson.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every malformed input of every write endpoint, as a table: the status, a problem document of a
 * stable type naming the field, and nothing stored (the events and outbox tables are unchanged).
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class BadInputIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://erhvervshus.dk/problems/";
    private static final String RESPONSES = "/api/v1/survey-responses";
    private static final String AWARENESS = "/api/v1/awareness-surveys";
    private static final String REFERRALS = "/api/v1/referrals";
    private static final String FIGURES = "/api/v1/company-figures";
    private static final String COHORTS = "/api/v1/effect-cohorts";

    @Inject
    AgroalDataSource dataSource;

    /** One bad request: where it goes, how it is sent, and what must come back. */
    record Case(String name, String path, String contentType, Map<String, String> headers, String body,
                int status, String type, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case post(String name, String path, String body, int status, String type, String field) {
        return new Case(name, path, "application/json", Map.of(), body, status, type, field);
    }

    private static RawJson response() {
        return RawJson.from(Bodies.response(newId("ES")));
    }

    private static RawJson awareness() {
        return RawJson.from(Bodies.awareness(newId("KM")));
    }

    private static RawJson referral() {
        return RawJson.from(Bodies.referral(newId("REF")));
    }

    private static RawJson cohort() {
        return RawJson.from(Bodies.cohort(newId("C"), List.of(Bodies.cvr()), List.of(Bodies.cvr())));
    }

    private static RawJson outcome() {
        return RawJson.from(Bodies.outcome(true, "2023-12-01"));
    }

    static Stream<Arguments> cases() {
        String outcomePath = REFERRALS + "/" + newId("REF") + "/outcome";
        String figures = "{\"cvr\": \"13585628\", \"year\": 2022, \"revenueDkk\": 1, \"fte\": 1}";
        List<Case> cases = new ArrayList<>(List.of(
                // --- one survey response
                post("response: a key twice", RESPONSES, response().withRepeated("cvr", text("19319970")),
                        400, "malformed-request", "cvr"),
                post("response: text after the JSON", RESPONSES, response() + "{}", 400, "malformed-request", "body"),
                post("response: a text for the year", RESPONSES, response().with("surveyYear", text("2023")).toString(),
                        400, "malformed-request", "surveyYear"),
                post("response: a decimal for the score", RESPONSES, response().with("recommendScore", "9.5").toString(),
                        400, "malformed-request", "recommendScore"),
                post("response: a label for a boolean", RESPONSES, response().with("receivedReferral", text("Ja")).toString(),
                        400, "malformed-request", "receivedReferral"),
                post("response: 1 for a boolean", RESPONSES, response().with("receivedDigitalGuidance", "1").toString(),
                        400, "malformed-request", "receivedDigitalGuidance"),
                post("response: a number for the CVR", RESPONSES, response().with("cvr", "13585628").toString(),
                        400, "malformed-request", "cvr"),
                post("response: U+0000 in a text", RESPONSES, response().with("house", text("nordjylland\\u0000")).toString(),
                        400, "validation-failed", "house"),
                post("response: a lone surrogate", RESPONSES, response().with("segment", text("\\ud800")).toString(),
                        400, "validation-failed", "segment"),
                post("response: CVR 00000000", RESPONSES, response().with("cvr", text("00000000")).toString(),
                        400, "validation-failed", "cvr"),
                post("response: CVR with a space", RESPONSES, response().with("cvr", text("13585628 ")).toString(),
                        400, "validation-failed", "cvr"),
                post("response: answered before 2000", RESPONSES, response().with("answeredOn", text("31.12.1999")).toString(),
                        400, "validation-failed", "answeredOn"),
                post("response: a survey year before 2000", RESPONSES, response().with("surveyYear", "1999").toString(),
                        400, "validation-failed", "surveyYear"),
                post("response: unknown house", RESPONSES, response().with("house", text("atlantis")).toString(),
                        400, "validation-failed", "house"),
                post("response batch: more items than allowed", RESPONSES, "[" + "{},".repeat(1000) + "{}]",
                        400, "validation-failed", "body"),
                new Case("response: without Content-Type", RESPONSES, null, Map.of(), response().toString(),
                        415, "unsupported-media-type", null),
                new Case("response: charset ISO-8859-1", RESPONSES, "application/json; charset=ISO-8859-1", Map.of(),
                        response().toString(), 415, "unsupported-media-type", null),
                new Case("response: X-Correlation-Id too long", RESPONSES, "application/json",
                        Map.of("X-Correlation-Id", "c".repeat(201)), response().toString(),
                        400, "validation-failed", "X-Correlation-Id"),
                // --- awareness survey
                post("awareness: a text for a count", AWARENESS, awareness().with("respondents", text("1000")).toString(),
                        400, "malformed-request", "respondents"),
                post("awareness: a decimal for a count", AWARENESS, awareness().with("awareOfHouse", "520.5").toString(),
                        400, "malformed-request", "awareOfHouse"),
                post("awareness: a count out of range", AWARENESS, awareness().with("respondents", "99999999999999999999").toString(),
                        400, "malformed-request", "respondents"),
                post("awareness: conducted before 2000", AWARENESS, awareness().with("conductedOn", text("1999-12-31")).toString(),
                        400, "validation-failed", "conductedOn"),
                post("awareness: U+0000 in the id", AWARENESS, awareness().with("surveyId", text("KM\\u0000")).toString(),
                        400, "validation-failed", "surveyId"),
                post("awareness: a key twice", AWARENESS, awareness().withRepeated("year", "2022"),
                        400, "malformed-request", "year"),
                new Case("awareness: without Content-Type", AWARENESS, null, Map.of(), awareness().toString(),
                        415, "unsupported-media-type", null),
                // --- referral and its outcome
                post("referral: U+0000 in the counterpart", REFERRALS,
                        referral().with("counterpartName", text("Revisor\\u0000")).toString(),
                        400, "validation-failed", "counterpartName"),
                post("referral: counterpart name too long", REFERRALS,
                        referral().with("counterpartName", text("r".repeat(201))).toString(),
                        400, "validation-failed", "counterpartName"),
                post("referral: referred before 2000", REFERRALS, referral().with("referredOn", text("1999-12-31")).toString(),
                        400, "validation-failed", "referredOn"),
                post("referral: a number for the municipality", REFERRALS, referral().with("municipalityCode", "851").toString(),
                        400, "malformed-request", "municipalityCode"),
                post("referral: a key twice", REFERRALS, referral().withRepeated("house", text("nordjylland")),
                        400, "malformed-request", "house"),
                new Case("referral: charset ISO-8859-1", REFERRALS, "application/json; charset=ISO-8859-1", Map.of(),
                        referral().toString(), 415, "unsupported-media-type", null),
                post("outcome: a text for used", outcomePath, outcome().with("used", text("true")).toString(),
                        400, "malformed-request", "used"),
                post("outcome: 1 for used", outcomePath, outcome().with("used", "1").toString(),
                        400, "malformed-request", "used"),
                post("outcome: reported before 2000", outcomePath, outcome().with("reportedOn", text("1999-12-31")).toString(),
                        400, "validation-failed", "reportedOn"),
                post("outcome: a key twice", outcomePath, outcome().withRepeated("used", "false"),
                        400, "malformed-request", "used"),
                new Case("outcome: without Content-Type", outcomePath, null, Map.of(), outcome().toString(),
                        415, "unsupported-media-type", null),
                // --- company figures as a whole
                post("figures: more items than allowed", FIGURES, "[" + (figures + ",").repeat(1000) + figures + "]",
                        400, "validation-failed", "body"),
                post("figures: a key twice in an item", FIGURES, "[{\"cvr\": \"13585628\", \"cvr\": \"19319970\"}]",
                        400, "malformed-request", "[0].cvr"),
                post("figures: text after the JSON", FIGURES, "[" + figures + "]x", 400, "malformed-request", null),
                new Case("figures: without Content-Type", FIGURES, null, Map.of(), "[" + figures + "]",
                        415, "unsupported-media-type", null),
                // --- effect cohort
                post("cohort: more treated companies than allowed", COHORTS,
                        cohort().with("treated", RawJsonLists.cvrs(5_001)).toString(), 400, "validation-failed", "treated"),
                post("cohort: a text for the year", COHORTS, cohort().with("cohortYear", text("2021")).toString(),
                        400, "malformed-request", "cohortYear"),
                post("cohort: a number in the CVR list", COHORTS, cohort().with("treated", "[13585628]").toString(),
                        400, "malformed-request", "treated[0]"),
                post("cohort: U+0000 in a CVR", COHORTS, cohort().with("control", "[\"1931997\\u0000\"]").toString(),
                        400, "validation-failed", "control[0]"),
                post("cohort: CVR with a space", COHORTS, cohort().with("control", "[\" 19319970\"]").toString(),
                        400, "validation-failed", "control[0]"),
                post("cohort: a cohort year before 2000", COHORTS, cohort().with("cohortYear", "1999").toString(),
                        400, "validation-failed", "cohortYear"),
                post("cohort: a key twice", COHORTS, cohort().withRepeated("segment", text("OPERATION")),
                        400, "malformed-request", "segment"),
                new Case("cohort: without Content-Type", COHORTS, null, Map.of(), cohort().toString(),
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
            ProblemAnswers.assertProblem(WithoutContentType.send(root, "POST", bad.path(), bad.body(),
                RealInfraTestResource.tokens().token("survey-feed", null)), bad.status(), bad.type());
            assertThat(tables.events()).as("events").isEqualTo(events);
            return;
        }
        RequestSpecification request = given().headers(bad.headers()).contentType(bad.contentType()).body(bad.body());
        Response response = request.post(bad.path());

        ProblemAnswers.assertProblem(response, bad.status(), bad.type(), bad.field());
        assertThat(tables.events()).as("events").isEqualTo(events);
        assertThat(tables.outboxRows()).as("outbox rows").isEqualTo(outbox);
    }

    @Test
    void a_bad_item_of_a_batch_is_rejected_on_its_own_naming_its_field_and_the_good_one_is_stored() {
        String good = newId("ES");
        String nul = newId("ES");
        String score = newId("ES");
        String batch = "[" + RawJson.from(Bodies.response(good)) + ", "
                + RawJson.from(Bodies.response(nul)).with("house", text("nord\\u0000jylland")) + ", "
                + RawJson.from(Bodies.response(score)).with("recommendScore", "9.5") + "]";
        EventTables tables = new EventTables(dataSource);

        given().contentType("application/json").body(batch).post(RESPONSES).then().statusCode(200)
                .body("results.status", contains("accepted", "rejected", "rejected"))
                .body("results[1].problem.errors[0].field", equalTo("house"))
                .body("results[2].problem.errors[0].field", equalTo("recommendScore"));

        assertThat(tables.eventsOf(Bodies.responseStream(good))).isEqualTo(1);
        assertThat(tables.eventsOf(Bodies.responseStream(nul)) + tables.eventsOf(Bodies.responseStream(score)))
                .isZero();
    }

    @Test
    void a_bad_figures_item_is_rejected_on_its_own_and_numbers_are_read_exactly() {
        String cvr = Bodies.cvr();
        String delivery = "[{\"cvr\": \"" + cvr + "\", \"year\": 2022, \"revenueDkk\": 1234567890123.123456, \"fte\": 12.5},"
                + " {\"cvr\": \"" + Bodies.cvr() + "\", \"year\": 2022, \"revenueDkk\": \"1000\", \"fte\": 1},"
                + " {\"cvr\": \"" + Bodies.cvr() + "\", \"year\": 2022.5, \"revenueDkk\": 1, \"fte\": 1},"
                + " {\"cvr\": \"" + Bodies.cvr() + "\", \"year\": 2022, \"revenueDkk\": 1E+999999999, \"fte\": 1},"
                + " {\"cvr\": \"" + Bodies.cvr() + "\\u0000\", \"year\": 2022, \"revenueDkk\": 1, \"fte\": 1}]";

        given().contentType("application/json").body(delivery).post(FIGURES).then().statusCode(200)
                .body("results.status", contains("accepted", "rejected", "rejected", "rejected", "rejected"))
                .body("results[1].problem.errors[0].field", equalTo("revenueDkk"))
                .body("results[2].problem.errors[0].field", equalTo("year"))
                .body("results[3].problem.errors[0].field", equalTo("revenueDkk"))
                .body("results[4].problem.errors[0].field", equalTo("cvr"));

        String payload = new EventTables(dataSource).count(
                "SELECT count(*) FROM events WHERE aggregate_id = ? AND payload->>'revenueDkk' = '1234567890123.123456'",
                "figures:" + cvr + ":2022") == 1 ? "exact" : "rounded";
        assertThat(payload).isEqualTo("exact");
    }

    @Test
    void the_largest_acceptable_cohort_is_stored_far_below_the_broker_s_record_limit() {
        String cohortId = newId("C");
        RawJson largest = RawJson.from(Bodies.cohort(cohortId, List.of(Bodies.cvr()), List.of(Bodies.cvr())))
                .with("treated", RawJsonLists.cvrs(5_000)).with("control", RawJsonLists.cvrs(5_000, 100_000));

        given().contentType("application/json").body(largest.toString()).post(COHORTS).then().statusCode(201);

        long bytes = new EventTables(dataSource).count(
                "SELECT octet_length(message_value) FROM outbox WHERE message_key = ?", Bodies.cohortStream(cohortId));
        assertThat(bytes).isBetween(100_000L, 250_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"})
    void a_utf16_or_utf32_export_is_415_and_nothing_is_stored(String encoding) {
        byte[] file = (Bodies.HEADER + "\n" + Bodies.row(newId("ES")) + "\n").getBytes(Charset.forName(encoding));
        byte[] withBom = new byte[file.length + 2];
        withBom[0] = (byte) (encoding.endsWith("LE") ? 0xFF : 0xFE);
        withBom[1] = (byte) (encoding.endsWith("LE") ? 0xFE : 0xFF);
        System.arraycopy(file, 0, withBom, 2, file.length);
        EventTables tables = new EventTables(dataSource);
        long events = tables.events();

        for (byte[] body : List.of(file, withBom)) {
            given().contentType("text/csv").body(body).post(RESPONSES + "/import").then()
                    .statusCode(415).contentType(startsWith(PROBLEM_JSON))
                    .body("type", equalTo(TYPES + "unsupported-media-type"))
                    .body("detail", equalTo("encoding not supported: send UTF-8 or Windows-1252"));
        }
        assertThat(tables.events()).isEqualTo(events);
    }

    @Test
    void a_line_over_the_limit_and_a_cell_with_nul_reject_their_rows_and_say_why() {
        String longRow = newId("ES");
        String nulRow = newId("ES");
        String good = newId("ES");
        byte[] file = Bodies.utf8WithBom(Bodies.HEADER, Bodies.row(longRow) + ";" + " ".repeat(10_001),
                Bodies.row(nulRow).replace("nordjylland", "nord\u0000jylland"), Bodies.row(good));

        given().contentType("text/csv").body(file).post(RESPONSES + "/import").then().statusCode(200)
                .body("summary.accepted", equalTo(1)).body("summary.rejected", equalTo(2))
                .body("rejected[0].reason", containsString("10,000 characters"))
                .body("rejected[1].column", equalTo("house"));

        EventTables tables = new EventTables(dataSource);
        assertThat(tables.eventsOf(Bodies.responseStream(longRow)) + tables.eventsOf(Bodies.responseStream(nulRow)))
                .isZero();
        assertThat(tables.eventsOf(Bodies.responseStream(good))).isEqualTo(1);
    }

    @Test
    void a_path_over_the_limit_is_a_414_problem_not_an_empty_answer() {
        given().get(RESPONSES + "/" + "r".repeat(3_000)).then().statusCode(414).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + "uri-too-long"));
    }

    /** CVR lists as JSON text. */
    static final class RawJsonLists {

        private RawJsonLists() {
        }

        static String cvrs(int count) {
            return cvrs(count, 0);
        }

        static String cvrs(int count, int offset) {
            List<String> cvrs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cvrs.add("\"" + dk.erhvervshus.survey.domain.TestCvrs.valid(200_000 + offset + i) + "\"");
            }
            Collections.shuffle(cvrs);
            return "[" + String.join(", ", cvrs) + "]";
        }
    }
}
