package dk.erhvervshus.survey.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dk.erhvervshus.survey.it.Bodies.HEADER;
import static dk.erhvervshus.survey.it.Bodies.cvr;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.responseStream;
import static dk.erhvervshus.survey.it.Bodies.row;
import static dk.erhvervshus.survey.it.Bodies.utf8WithBom;
import static dk.erhvervshus.survey.it.Bodies.windows1252;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class CsvImportIT {

    private static final String IMPORT = "/api/v1/survey-responses/import";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static ValidatableResponse stored(String responseId) {
        return given().queryParam("house", Bodies.NORDJYLLAND).get("/api/v1/survey-responses/" + responseId).then();
    }

    private static ValidatableResponse importFile(byte[] file) {
        return given().contentType("text/csv").body(file).post(IMPORT).then();
    }

    @Test
    void a_windows_1252_export_without_a_bom_is_read_with_its_danish_labels() {
        String prefix = newId("W");
        importFile(windows1252(HEADER,
                prefix + "-1;nordjylland;" + cvr() + ";2023;Vækst;02-05-2023;Hverken/eller;7;I høj grad;Nej;Ja;Ved ikke",
                prefix + "-2;nordjylland;" + cvr() + ";2023;Drift;03.05.2023;Meget utilfreds;0;Slet ikke;Ja;Nej;"))
                .statusCode(200)
                .body("summary.encoding", equalTo("Windows-1252"))
                .body("summary.rowsRead", equalTo(2))
                .body("summary.accepted", equalTo(2))
                .body("summary.elapsedMillis", greaterThanOrEqualTo(0))
                .body("rejected", equalTo(List.of()))
                .body("truncated.rejectedRows", equalTo(0));

        stored(prefix + "-1").statusCode(200)
                .body("segment", equalTo("GROWTH"))
                .body("competenceSatisfaction", equalTo("NEUTRAL"))
                .body("expectedEffect", equalTo("HIGH"))
                .body("usedReferral", equalTo("DONT_KNOW"));
        stored(prefix + "-2").statusCode(200)
                .body("segment", equalTo("OPERATION"))
                .body("answeredOn", equalTo("2023-05-03"));
    }

    @Test
    void a_utf8_export_with_a_bom_is_read_and_quoted_fields_may_hold_semicolons() {
        String prefix = newId("U");
        importFile(utf8WithBom(HEADER + ";comment",
                "\"" + prefix + "-1\";\"nordjylland\";\"" + cvr() + "\";2023;\"Vækst\";2023-05-02;\"Tilfreds\";8;"
                        + "\"I nogen grad\";Ja;Nej;;\"god; hurtig \"\"service\"\"\"",
                row(prefix + "-2") + ";"))
                .statusCode(200)
                .body("summary.encoding", equalTo("UTF-8 with BOM"))
                .body("summary.accepted", equalTo(2))
                .body("summary.ignoredColumns", equalTo(List.of("comment")));

        stored(prefix + "-1").statusCode(200)
                .body("competenceSatisfaction", equalTo("SATISFIED"))
                .body("expectedEffect", equalTo("SOME"));
    }

    @Test
    void the_sample_export_of_the_docs_imports_completely() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("docs/sample-survey-export.csv"));

        JsonPath first = importFile(sample).statusCode(200).extract().jsonPath();

        assertThat(first.getInt("summary.rowsRead")).isEqualTo(20);
        assertThat(first.getInt("summary.rejected")).isZero();
        assertThat(first.getInt("summary.accepted") + first.getInt("summary.duplicates")).isEqualTo(20);
    }

    @Test
    void an_empty_file_is_answered_400() {
        importFile(new byte[0]).statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("detail", equalTo("the file is empty"))
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void a_header_only_file_has_no_rows() {
        importFile(windows1252(HEADER)).statusCode(200)
                .body("summary.rowsRead", equalTo(0))
                .body("summary.accepted", equalTo(0));
    }

    @Test
    void a_header_lacking_columns_is_answered_400_naming_each_missing_column() {
        long before = tables().events();

        importFile(windows1252("responseId;house;cvr;surveyYear;segment;answeredOn;recommendScore", newId("H") + ";nordjylland;"
                + cvr() + ";2023;Vækst;2023-05-02;9"))
                .statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("detail", containsString("lacks the columns competenceSatisfaction"))
                .body("errors.field", hasItems("competenceSatisfaction", "expectedEffect", "receivedDigitalGuidance",
                        "receivedReferral", "usedReferral"));

        assertThat(tables().events()).isEqualTo(before);
    }

    @Test
    void good_rows_are_stored_and_bad_rows_are_reported_with_row_line_and_column() {
        String prefix = newId("M");
        JsonPath answer = importFile(windows1252(HEADER,
                row(prefix + "-1"),
                prefix + "-2;nordjylland;13585627;2023;Vækst;02-05-2023;Meget tilfreds;11;I høj grad;Ja;Ja;Ja",
                "",
                row(prefix + "-3"),
                prefix + "-4;nordjylland;" + cvr() + ";2023;Vækst;02-05-2023;Tilfreds")).statusCode(200)
                .extract().jsonPath();

        assertThat(answer.getInt("summary.rowsRead")).isEqualTo(4);
        assertThat(answer.getInt("summary.accepted")).isEqualTo(2);
        assertThat(answer.getInt("summary.rejected")).isEqualTo(2);
        assertThat(answer.getList("rejected.row", Integer.class)).containsExactly(2, 2, 4);
        assertThat(answer.getList("rejected.line", Integer.class)).containsExactly(3, 3, 6);
        assertThat(answer.getList("rejected.column", String.class)).containsExactly("cvr", "recommendScore", null);
        assertThat(answer.getString("rejected[0].responseId")).isEqualTo(prefix + "-2");
        assertThat(answer.getString("rejected[2].reason")).contains("the row has 7 cells");
        assertThat(tables().eventsWithIdPrefix(responseStream(prefix))).isEqualTo(2);
        assertThat(tables().eventsOf(responseStream(prefix + "-1"))).isEqualTo(1);
        assertThat(tables().eventsOf(responseStream(prefix + "-3"))).isEqualTo(1);
    }

    @Test
    void a_second_import_of_known_response_ids_is_all_duplicates_and_stores_nothing() {
        String prefix = newId("D");
        byte[] first = windows1252(HEADER, row(prefix + "-1"), row(prefix + "-2"), row(prefix + "-1"));
        importFile(first).statusCode(200)
                .body("summary.accepted", equalTo(2))
                .body("summary.duplicates", equalTo(1))
                .body("duplicates[0].row", equalTo(3))
                .body("duplicates[0].line", equalTo(4));
        long before = tables().events();

        importFile(utf8WithBom(HEADER, row(prefix + "-2"), row(prefix + "-1"))).statusCode(200)
                .body("summary.rowsRead", equalTo(2))
                .body("summary.accepted", equalTo(0))
                .body("summary.duplicates", equalTo(2))
                .body("duplicates.responseId", equalTo(List.of(prefix + "-2", prefix + "-1")));

        assertThat(tables().events()).isEqualTo(before);
    }

    @Test
    void two_imports_of_the_same_file_at_once_store_each_response_once() {
        String prefix = newId("R");
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 2_000; i++) {
            lines.add(row(prefix + "-" + i));
        }
        byte[] file = windows1252(lines.toArray(String[]::new));

        CompletableFuture<JsonPath> one = CompletableFuture.supplyAsync(() -> importFile(file).statusCode(200)
                .extract().jsonPath());
        CompletableFuture<JsonPath> other = CompletableFuture.supplyAsync(() -> importFile(file).statusCode(200)
                .extract().jsonPath());

        int accepted = one.join().getInt("summary.accepted") + other.join().getInt("summary.accepted");
        int duplicates = one.join().getInt("summary.duplicates") + other.join().getInt("summary.duplicates");
        assertThat(accepted).isEqualTo(2_000);
        assertThat(duplicates).isEqualTo(2_000);
        assertThat(tables().eventsWithIdPrefix(responseStream(prefix))).isEqualTo(2_000);
    }

    @Test
    void an_upload_is_stored_while_it_arrives_instead_of_being_buffered_first() {
        String prefix = newId("S");
        StringBuilder firstPart = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 600; i++) {
            firstPart.append(row(prefix + "-" + i)).append("\r\n");
        }
        // Sends 600 rows, then holds the rest of the body back until the first chunk (500 rows) is
        // in the database: a server that read the whole body before importing would never get there.
        SlowUpload upload = new SlowUpload(windows1252Bytes(firstPart.toString()),
                windows1252Bytes(row(prefix + "-601") + "\r\n"),
                () -> tables().eventsWithIdPrefix(responseStream(prefix)) >= 500);

        given().contentType("text/csv").body(upload).post(IMPORT).then().statusCode(200)
                .body("summary.accepted", equalTo(601));

        assertThat(upload.sawRowsStoredBeforeTheEnd).isTrue();
    }

    private static byte[] windows1252Bytes(String text) {
        return text.getBytes(Bodies.WINDOWS_1252);
    }

    /** A body sent without a length, whose end waits for a condition. */
    private static final class SlowUpload extends java.io.InputStream {

        private final java.io.InputStream head;
        private final java.io.InputStream tail;
        private final java.util.function.BooleanSupplier releaseTail;
        boolean sawRowsStoredBeforeTheEnd;
        private boolean released;

        SlowUpload(byte[] head, byte[] tail, java.util.function.BooleanSupplier releaseTail) {
            this.head = new java.io.ByteArrayInputStream(head);
            this.tail = new java.io.ByteArrayInputStream(tail);
            this.releaseTail = releaseTail;
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = head.read(buffer, offset, length);
            if (n >= 0) {
                return n;
            }
            if (!released) {
                released = true;
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
                while (!(sawRowsStoredBeforeTheEnd = releaseTail.getAsBoolean()) && System.nanoTime() < deadline) {
                    sleep();
                }
            }
            return tail.read(buffer, offset, length);
        }

        private static void sleep() throws java.io.InterruptedIOException {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
        }
    }

    @Test
    void an_upload_that_is_not_csv_is_answered_415_and_octet_stream_is_accepted() {
        given().contentType("application/json").body("{}").post(IMPORT).then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON))
                .body("detail", containsString("text/csv"));
        given().contentType("application/octet-stream").body(windows1252(HEADER)).post(IMPORT).then().statusCode(200);
    }
}
