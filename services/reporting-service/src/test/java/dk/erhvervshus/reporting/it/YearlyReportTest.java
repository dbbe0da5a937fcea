package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.reporting.api.ReadBulkhead;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.contracts.codes.ActivityStatus.DONE;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.SATISFIED;
import static dk.erhvervshus.contracts.codes.CompetenceSatisfaction.VERY_SATISFIED;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.HIGH;
import static dk.erhvervshus.contracts.codes.ExpectedEffect.SOME;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.GROWTH;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.OPERATION;
import static dk.erhvervshus.contracts.codes.GuidanceCategory.SHORT;
import static dk.erhvervshus.contracts.codes.Theme.GREEN_TRANSITION;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly report from events produced to the real broker: its HTML, PDF and CSV carry exactly
 * the goals API's figures for the same asOf (and the hand-computed ones below), with a decimal
 * comma; the renderings are chosen by {@code format} before {@code Accept}; the goals endpoints'
 * access rules hold.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class YearlyReportTest extends FromEmptyReadModels {

    private static final String BASE = "/api/v1/houses/nordjylland/years/2023";
    private static final String REPORT = BASE + "/report";
    private static final String AS_OF = "2023-06-30";

    @Inject
    ReadBulkhead reads;

    /**
     * | course | company  | municipality | category  | started    | evaluated | wheel        |
     * | c0     | 33333333 | 851 Aalborg  | GROWTH    | 2022-06-01 | yes       |              |
     * | c1     | 11111111 | 851 Aalborg  | GROWTH    | 2023-02-01 | yes       | yes (green)  |
     * | c2     | 22222222 | 825 Læsø     | SHORT     | 2023-03-01 | yes       |              |
     * | c3     | 33333333 | 860 Hjørring | OPERATION | 2023-04-01 | no        |              |
     * G5-A1 and G8-A1 done in spring. Three growth-segment answers of 2023-05-02:
     * | response | company  | satisfaction   | score | effect |
     * | r1       | 11111111 | VERY_SATISFIED | 10    | HIGH   |
     * | r2       | 22222222 | SATISFIED      | 9     | SOME   |
     * | r3       | 44444444 | VERY_SATISFIED | 3     | HIGH   |  (no course: a response without guidance)
     *
     * As of 2023-06-30 (day 181 of 365, so a count is on track from 181/365 of its target):
     * G11 unique companies 3 of 800 → 0.375 % → 0.4 %, at risk; growth and operation courses 2;
     * G1 new companies: evaluated 11111111 and 22222222, neither guided in 2022 → 2/2 = 100 %, on track;
     * G2: one company each in Aalborg, Læsø and Hjørring (33.3 % each, above half of 37.4, 0.3 and
     * 10.8) → 3 of 11 municipalities, 27.3 %, at risk; G5 wheel used once and G5-A1 done → met;
     * G8 1 of 3 → 33.3 %; G3 NPS growth (2 promoters − 1 detractor) / 3 → 33.3, fulfilment 33.3/70 →
     * 47.6 %, at risk; G3 satisfaction growth 2/3 → 66.7 %, 83.3 % of 80; G1 awareness: no survey.
     */
    private void produceTheYear() {
        topic.publish(
                course("33333333").in("851").category(GROWTH).startedOn("2022-06-01").started(),
                course("11111111").in("851").category(GROWTH).startedOn("2023-02-01").wheelUsed()
                        .themes(GREEN_TRANSITION).started(),
                course("22222222").in("825").category(SHORT).startedOn("2023-03-01").started(),
                course("33333333").in("860").category(OPERATION).startedOn("2023-04-01").notEnrolled().started(),
                CourseEvents.activity("G5-A1", DONE, "2023-04-01", 1),
                CourseEvents.activity("G8-A1", DONE, "2023-03-01", 1),
                response("r1", "11111111").answers(VERY_SATISFIED, 10, HIGH).recorded(),
                response("r2", "22222222").answers(SATISFIED, 9, SOME).recorded(),
                response("r3", "44444444").answers(VERY_SATISFIED, 3, HIGH).recorded())
                .awaitConsumed();
    }

    @Test
    void the_html_pdf_and_csv_carry_the_goals_apis_figures_with_a_decimal_comma() throws IOException {
        produceTheYear();
        JsonPath api = given().queryParam("asOf", AS_OF).get(BASE + "/goals").then().statusCode(200).extract().jsonPath();

        // The hand-computed figures, in the API first.
        assertGoal(api, "G11-UNIQUE-COMPANIES", "3", "0.4", "AT_RISK", null, null);
        assertGoal(api, "G11-GROWTH-OPERATION-COURSES", "2", "0.6", "AT_RISK", null, null);
        assertGoal(api, "G1-NEW-COMPANIES", "100", "100", "ON_TRACK", 2, 2);
        assertGoal(api, "G2-GEOGRAPHIC-SPREAD", "3", "27.3", "AT_RISK", null, null);
        assertGoal(api, "G5-SUSTAINABILITY-WHEEL", "1", "100", "MET", null, null);
        assertGoal(api, "G8-REGIONAL-STRATEGY", "33.3", "33.3", "AT_RISK", 1, 3);
        assertGoal(api, "G3-NPS-GROWTH", "33.3", "47.6", "AT_RISK", 1, 3);
        assertGoal(api, "G3-SATISFACTION-GROWTH", "66.7", "83.3", "AT_RISK", 2, 3);
        assertGoal(api, "G1-AWARENESS", null, null, "NO_DATA", null, null);

        // CSV: the API's values, one row per goal, in contract order.
        Response csvAnswer = given().queryParam("asOf", AS_OF).queryParam("format", "csv").get(REPORT);
        assertThat(csvAnswer.statusCode()).isEqualTo(200);
        assertThat(csvAnswer.contentType()).startsWith("text/csv");
        assertThat(csvAnswer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"afrapportering-nordjylland-2023-2023-06-30.csv\"");
        byte[] csvBytes = csvAnswer.asByteArray();
        assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Arrays.asList(new String(csvBytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(
                "Mål-id;Kontraktmål;Titel;Enhed;Mål;Resultat;Opfyldelse %;Status;Tæller;Nævner;asOf;knownAt");
        List<Map<String, Object>> goals = api.getList("goals");
        assertThat(lines).hasSize(goals.size() + 1);
        for (int i = 0; i < goals.size(); i++) {
            Map<String, Object> g = goals.get(i);
            String[] cells = lines.get(i + 1).split(";", -1);
            assertThat(cells[0]).isEqualTo(g.get("id"));
            assertThat(cells[1]).isEqualTo(String.valueOf(g.get("contractGoal")));
            assertThat(cells[4]).as("target of %s", g.get("id")).isEqualTo(comma(g.get("target")));
            assertThat(cells[5]).as("actual of %s", g.get("id")).isEqualTo(comma(g.get("actual")));
            assertThat(cells[6]).as("fulfilment of %s", g.get("id")).isEqualTo(comma(g.get("fulfilmentPercent")));
            assertThat(cells[7]).isEqualTo(danish((String) g.get("status")));
            assertThat(cells[8]).isEqualTo(g.get("numerator") == null ? "" : String.valueOf(g.get("numerator")));
            assertThat(cells[9]).isEqualTo(g.get("denominator") == null ? "" : String.valueOf(g.get("denominator")));
            assertThat(cells[10]).isEqualTo(AS_OF);
            assertThat(Instant.parse(cells[11])).isNotNull();
        }
        assertThat(csvRow(lines, "G2-GEOGRAPHIC-SPREAD")).isEqualTo(
                "G2-GEOGRAPHIC-SPREAD;2;Bred geografisk spredning;antal;11;3;27,3;I risiko;;;" + AS_OF);
        assertThat(csvRow(lines, "G3-NPS-GROWTH")).isEqualTo(
                "G3-NPS-GROWTH;3;Net Promoter Score – vækstsegmentet;NPS;70;33,3;47,6;I risiko;1;3;" + AS_OF);

        // HTML: the summary row of every goal carries the API's values.
        Response htmlAnswer = given().queryParam("asOf", AS_OF).get(REPORT);
        assertThat(htmlAnswer.statusCode()).isEqualTo(200);
        assertThat(htmlAnswer.contentType()).startsWith("text/html");
        String html = htmlAnswer.asString();
        assertThat(html).contains("<html lang=\"da\"", "<title>Afrapportering af resultatkontrakt 2023 – Erhvervshus Nordjylland</title>",
                "Resultatkontrakt 2023 mellem KKR Nordjylland og Erhvervshus Nordjylland", AS_OF);
        // Self-contained: nothing for a browser to fetch.
        assertThat(html).doesNotContain("<link", "<script", "src=", "url(", "@import", "https://");
        for (Map<String, Object> g : goals) {
            String row = summaryRow(html, (String) g.get("id"));
            assertThat(row).contains("<td class=\"num\">" + withUnit(g.get("target"), (String) g.get("unit")) + "</td>");
            assertThat(row).contains(g.get("actual") == null ? "<td class=\"num\">–</td>"
                    : "<td class=\"num\">" + withUnit(g.get("actual"), (String) g.get("unit")) + "</td>");
            assertThat(row).contains(fulfilment(g));
            assertThat(row).contains(">" + danish((String) g.get("status")) + "</td>");
        }
        assertThat(summaryRow(html, "G2-GEOGRAPHIC-SPREAD")).contains("<td class=\"num\">3</td>",
                "Målet er 27,3 % opfyldt", "I risiko");
        assertThat(summaryRow(html, "G3-NPS-GROWTH")).contains("33,3 NPS", "Målet er 47,6 % opfyldt");
        // The detail: G2's municipalities, the NPS split, the method from the catalogue, the data check.
        assertThat(html).contains("<td>825</td><td>Læsø</td><td>Landkommune</td><td>1</td><td>1</td><td>0,3</td><td>33,3</td>",
                "<td>860</td><td>Hjørring</td>", "Promotorer (9–10)", "Kritikere (0–6)", "fordelingsnøglen",
                "<td>r3</td><td>44444444</td>",
                "Ingen data endnu (afventer survey-service: kendskabsmåling (awareness survey))");

        // PDF: the same figures, with æøå from the embedded font, and its page numbers.
        Response pdfAnswer = given().queryParam("asOf", AS_OF).accept("application/pdf").get(REPORT);
        assertThat(pdfAnswer.statusCode()).isEqualTo(200);
        assertThat(pdfAnswer.contentType()).isEqualTo("application/pdf");
        // Kept in target/ for a look by eye.
        Files.writeString(Path.of("target", "yearly-report-sample.html"), html);
        Files.write(Path.of("target", "yearly-report-sample.pdf"), pdfAnswer.asByteArray());
        try (PDDocument pdf = Loader.loadPDF(pdfAnswer.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Afrapportering af resultatkontrakt 2023", "Side 1 af " + pages,
                    "Side " + pages + " af " + pages, "Læsø", "Hjørring", "Bæredygtighedshjulet", "Målet er");
            assertThat(text).contains("æ").contains("ø").contains("å");
            assertThat(text.split("Erhvervshus Nordjylland", -1).length - 1).isGreaterThanOrEqualTo(pages);
            for (Map<String, Object> g : goals) {
                assertThat(text).as("the fulfilment of %s", g.get("id")).contains(fulfilment(g));
            }
            assertThat(text).contains("Målet er 27,3 % opfyldt", "Målet er 47,6 % opfyldt", "Målet er 0,4 % opfyldt");
        }
    }

    @Test
    void the_report_names_the_knowledge_it_read_so_it_can_be_made_again_exactly() {
        produceTheYear();
        Instant knownAt = Instant.now();
        String csv = given().queryParam("asOf", AS_OF).queryParam("knownAt", knownAt.toString())
                .queryParam("format", "csv").get(REPORT).then().statusCode(200).extract().asString();
        assertThat(csv).contains(";" + AS_OF + ";" + knownAt + "\r\n");
        String html = given().queryParam("asOf", AS_OF).queryParam("knownAt", knownAt.toString()).accept("text/html")
                .get(REPORT).then().statusCode(200).extract().asString();
        assertThat(html).contains("(bestilt: " + AS_OF + ")", "(bestilt: " + knownAt + ")",
                "?asOf=" + AS_OF + "&amp;knownAt=" + knownAt);
        JsonPath api = given().queryParam("asOf", AS_OF).queryParam("knownAt", knownAt.toString()).get(BASE + "/goals")
                .then().statusCode(200).extract().jsonPath();
        assertThat(summaryRow(html, "G11-UNIQUE-COMPANIES")).contains(fulfilment(goal(api, "G11-UNIQUE-COMPANIES")));

        // Before anything was recorded, nothing counts in the report either.
        String before = given().queryParam("asOf", AS_OF).queryParam("knownAt", "2020-01-01T00:00:00Z")
                .queryParam("format", "csv").get(REPORT).then().statusCode(200).extract().asString();
        assertThat(before).contains("G11-UNIQUE-COMPANIES;11;Unikke vejledte virksomheder;antal;800;0;0;I risiko;");
    }

    @Test
    void the_format_wins_over_accept_and_json_is_no_rendering_of_the_report() {
        assertThat(given().accept("text/csv").get(REPORT).then().statusCode(200).extract().contentType())
                .startsWith("text/csv");
        assertThat(given().accept("application/pdf").get(REPORT).then().statusCode(200).extract().asByteArray())
                .startsWith('%', 'P', 'D', 'F');
        assertThat(given().accept("application/json, text/html;q=0.5").get(REPORT).then().statusCode(200).extract()
                .contentType()).startsWith("text/html");
        assertThat(given().accept("application/json").queryParam("format", "html").get(REPORT).then().statusCode(200)
                .extract().contentType()).startsWith("text/html");
        assertThat(given().accept("text/html").queryParam("format", "PDF").get(REPORT).then().statusCode(200)
                .extract().contentType()).isEqualTo("application/pdf");

        JsonPath unknown = given().queryParam("format", "xlsx").get(REPORT).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(unknown.getString("type")).isEqualTo("https://erhvervshus.dk/problems/validation-failed");
        assertThat(unknown.getList("errors.field")).containsExactly("format");
        assertThat(unknown.getString("errors[0].message")).contains("'xlsx'", "html, pdf or csv");

        JsonPath json = given().accept("application/json").get(REPORT).then().statusCode(406)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(json.getString("type")).isEqualTo("https://erhvervshus.dk/problems/not-acceptable");
        assertThat(json.getString("detail")).contains("text/html", "application/pdf", "text/csv");

        // The goals endpoints' checks of the path and query, as theirs.
        JsonPath badYear = given().queryParam("asOf", "1900-01-01").get("/api/v1/houses/nordjylland/years/20x3/report")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(badYear.getList("errors.field")).contains("year", "asOf");
        given().get("/api/v1/houses/nordjylland/years/2024/report").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** As the goals endpoints: a report asked with a write's token waits until that write is in its figures. */
    @Test
    void a_report_asked_with_a_writes_token_carries_that_write() {
        produceTheYear();
        UUID writeId = UUID.randomUUID();
        // Not awaited: the report itself must wait for the fourth company (4 of 800 → 0.5 %).
        topic.publish(EventTopics.ofWrite(course("55555555").in("773").category(GROWTH).startedOn("2023-05-01").started(),
                writeId));

        String csv = given().header(ConsistencyToken.HEADER, new ConsistencyToken(writeId, 1).format())
                .queryParam("asOf", AS_OF).queryParam("format", "csv").get(REPORT)
                .then().statusCode(200).extract().asString();
        assertThat(csvRow(Arrays.asList(csv.substring(1).split("\r\n")), "G11-UNIQUE-COMPANIES"))
                .startsWith("G11-UNIQUE-COMPANIES;11;Unikke vejledte virksomheder;antal;800;4;0,5;");

        JsonPath malformed = given().header(ConsistencyToken.HEADER, "not-a-token").get(REPORT)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(malformed.getList("errors.field")).containsExactly(ConsistencyToken.HEADER);
        Response never = given().header(ConsistencyToken.HEADER, new ConsistencyToken(UUID.randomUUID(), 1).format())
                .queryParam("format", "pdf").get(REPORT);
        assertThat(never.statusCode()).isEqualTo(503);
        assertThat(never.header("Retry-After")).isNotBlank();
        assertThat(never.jsonPath().getString("type")).endsWith("not-yet-applied");
    }

    @Test
    void only_goal_readers_of_the_house_get_the_report() {
        given().auth().none().get(REPORT).then().statusCode(401).header("WWW-Authenticate", "Bearer realm=\"erhvervshus\"");
        given().auth().oauth2(RealInfraTestResource.tokens().expiredToken(Roles.DASHBOARD, "nordjylland")).get(REPORT)
                .then().statusCode(401);
        for (String reader : List.of(Roles.DASHBOARD, Roles.HOUSE_STAFF)) {
            given().auth().oauth2(RealInfraTestResource.tokens().token(reader, "nordjylland")).queryParam("format", "csv")
                    .get(REPORT).then().statusCode(200);
            JsonPath other = given().auth().oauth2(RealInfraTestResource.tokens().token(reader, "midtjylland"))
                    .queryParam("format", "nonsense").get(REPORT).then().statusCode(403)
                    .contentType("application/problem+json").extract().jsonPath();
            assertThat(other.getString("detail")).contains("nordjylland", "midtjylland");
        }
        given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.NATIONAL, null)).queryParam("format", "csv")
                .get(REPORT).then().statusCode(200);
        given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.CRM_INTEGRATION, "nordjylland")).get(REPORT)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.DASHBOARD, null)).get(REPORT)
                .then().statusCode(403);
    }

    @Test
    void a_report_beyond_the_read_bulkhead_is_refused_at_once_while_the_maintained_goals_are_still_answered() {
        produceTheYear();
        // The maintained goals of the house-year are derived (a default goals read is then not bounded).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                given().get(BASE + "/goals").then().statusCode(200).extract().jsonPath()
                        .getInt("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.actual")).isEqualTo(3));
        List<Cancellable> held = new ArrayList<>();
        try {
            while (reads.inFlight() < reads.limit()) {
                held.add(reads.read(() -> Uni.createFrom().nothing()).subscribe().with(ignored -> { }));
            }
            given().get(BASE + "/goals").then().statusCode(200);
            for (String format : List.of("html", "pdf", "csv")) {
                JsonPath refused = given().queryParam("format", format).get(REPORT).then().statusCode(503)
                        .header("Retry-After", notNullValue()).contentType("application/problem+json").extract().jsonPath();
                assertThat(refused.getString("type")).isEqualTo("https://erhvervshus.dk/problems/overloaded");
            }
        } finally {
            held.forEach(Cancellable::cancel);
        }
        assertThat(reads.inFlight()).isZero();
        given().queryParam("format", "csv").get(REPORT).then().statusCode(200);
    }

    private static void assertGoal(JsonPath api, String id, String actual, String fulfilment, String status,
                                   Integer numerator, Integer denominator) {
        Map<String, Object> g = goal(api, id);
        assertThat(decimal(g.get("actual"))).as("actual of %s", id).isEqualTo(actual == null ? null : new BigDecimal(actual));
        assertThat(decimal(g.get("fulfilmentPercent"))).as("fulfilment of %s", id)
                .isEqualTo(fulfilment == null ? null : new BigDecimal(fulfilment));
        assertThat(g.get("status")).as("status of %s", id).isEqualTo(status);
        assertThat(g.get("numerator")).as("numerator of %s", id).isEqualTo(numerator);
        assertThat(g.get("denominator")).as("denominator of %s", id).isEqualTo(denominator);
    }

    private static Map<String, Object> goal(JsonPath goals, String id) {
        return goals.getMap("goals.find { it.id == '" + id + "' }");
    }

    /** As RestAssured reads the API's JSON numbers (floats), back to the API's digits. */
    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    private static String comma(Object number) {
        return number == null ? "" : decimal(number).toPlainString().replace('.', ',');
    }

    private static String withUnit(Object number, String unit) {
        String value = comma(number);
        return switch (unit) {
            case "PERCENT" -> value + " %";
            case "NPS" -> value + " NPS";
            case "PERCENTAGE_POINTS" -> value + " %-point";
            default -> value;
        };
    }

    private static String fulfilment(Map<String, Object> g) {
        return g.get("fulfilmentPercent") == null ? "Ingen data endnu"
                : "Målet er " + comma(g.get("fulfilmentPercent")) + " % opfyldt";
    }

    private static final Map<String, String> STATUS = new LinkedHashMap<>(Map.of("MET", "Opfyldt", "ON_TRACK", "På sporet",
            "AT_RISK", "I risiko", "NOT_MET", "Ikke opfyldt", "NO_DATA", "Ingen data"));

    private static String danish(String status) {
        return STATUS.get(status);
    }

    private static String csvRow(List<String> lines, String id) {
        String line = lines.stream().filter(l -> l.startsWith(id + ";")).findFirst().orElseThrow();
        return line.substring(0, line.lastIndexOf(';'));
    }

    private static String summaryRow(String html, String id) {
        int start = html.indexOf("<tr><td>" + id + "</td>");
        assertThat(start).as("the summary row of %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
