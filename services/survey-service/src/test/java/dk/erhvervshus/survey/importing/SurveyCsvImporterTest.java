package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.Municipality;
import dk.erhvervshus.reference.MunicipalityGroup;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.domain.TestCvrs;
import dk.erhvervshus.survey.domain.TestFixtures;
import dk.erhvervshus.validation.FieldError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dk.erhvervshus.survey.importing.ExportFile.HEADER;
import static dk.erhvervshus.survey.importing.ExportFile.WINDOWS_1252;
import static dk.erhvervshus.survey.importing.ExportFile.concat;
import static dk.erhvervshus.survey.importing.ExportFile.row;
import static dk.erhvervshus.survey.importing.ExportFile.utf8;
import static dk.erhvervshus.survey.importing.ExportFile.utf8WithBom;
import static dk.erhvervshus.survey.importing.ExportFile.windows1252;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyCsvImporterTest {

    private static final String CVR_A = "13585628";
    private static final String CVR_B = "19319970";
    private static final House TESTHUS = new House("testhus", "Testhus",
            List.of(new Municipality("999", "Testby", 100, MunicipalityGroup.RURAL)));

    private final SurveyCsvImporter importer = new SurveyCsvImporter(
            new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY));
    private final InMemoryStore store = new InMemoryStore();

    private ImportSummary importFile(InputStream file) throws IOException {
        return importer.importFrom(file, store);
    }

    private static void assertCounts(ImportSummary summary, int rowsRead, int accepted, int duplicates, int rejected) {
        assertThat(summary.fileProblems()).isEmpty();
        assertThat(List.of(summary.rowsRead(), summary.accepted(), summary.duplicates(), summary.rejected()))
                .as("rowsRead, accepted, duplicates, rejected").containsExactly(rowsRead, accepted, duplicates, rejected);
    }

    @Test
    void a_windows_1252_export_with_danish_labels_is_recorded_with_the_contract_codes() throws IOException {
        ImportSummary summary = importFile(windows1252(HEADER,
                "ES-1;nordjylland;" + CVR_A + ";2023;Vækst;02-05-2023;Hverken/eller;7;I høj grad;Nej;Ja;Ved ikke",
                "ES-2;nordjylland;" + CVR_B + ";2023;Drift;03.05.2023;Meget Utilfreds;0;Slet ikke;Ja;Nej;"));

        assertCounts(summary, 2, 2, 0, 0);
        assertThat(summary.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
        assertThat(store.recorded).containsExactly(
                new SurveyResponseRecorded("ES-1", "nordjylland", CVR_A, 2023, Segment.GROWTH, LocalDate.of(2023, 5, 2),
                        CompetenceSatisfaction.NEUTRAL, 7, ExpectedEffect.HIGH, false, true, ReferralUse.DONT_KNOW),
                new SurveyResponseRecorded("ES-2", "nordjylland", CVR_B, 2023, Segment.OPERATION,
                        LocalDate.of(2023, 5, 3), CompetenceSatisfaction.VERY_DISSATISFIED, 0, ExpectedEffect.NONE,
                        true, false, null));
    }

    @Test
    void a_utf8_export_with_a_byte_order_mark_is_read_and_the_mark_is_not_part_of_the_first_column()
            throws IOException {
        ImportSummary summary = importFile(utf8WithBom(HEADER, row("ES-1", CVR_A)));

        assertCounts(summary, 1, 1, 0, 0);
        assertThat(summary.encoding()).isEqualTo(FileEncoding.UTF_8_WITH_BOM);
        assertThat(store.recorded.get(0).segment()).isEqualTo(Segment.GROWTH);
        assertThat(store.recorded.get(0).expectedEffect()).isEqualTo(ExpectedEffect.HIGH);
    }

    @Test
    void a_utf8_export_without_a_byte_order_mark_is_read() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, row("ES-1", CVR_A)));

        assertCounts(summary, 1, 1, 0, 0);
        assertThat(summary.encoding()).isEqualTo(FileEncoding.UTF_8);
        assertThat(store.recordedIds()).containsExactly("ES-1");
    }

    @Test
    void quoted_fields_may_hold_semicolons_and_unknown_columns_are_ignored() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER + ";comment",
                "\"ES-1\";\"nordjylland\";\"" + CVR_A + "\";2023;\"Vækst\";2023-05-02;\"Tilfreds\";8;"
                        + "\"I nogen grad\";Ja;Nej;;\"god; hurtig \"\"service\"\"\""));

        assertCounts(summary, 1, 1, 0, 0);
        assertThat(summary.ignoredColumns()).containsExactly("comment");
        assertThat(store.recorded.get(0).competenceSatisfaction()).isEqualTo(CompetenceSatisfaction.SATISFIED);
    }

    @Test
    void columns_may_come_in_any_order_and_any_case() throws IOException {
        ImportSummary summary = importFile(utf8(
                "USEDREFERRAL;receivedreferral;ReceivedDigitalGuidance;expectedEffect;recommendScore;"
                        + "competenceSatisfaction;answeredOn;segment;surveyYear;cvr;house; responseId ",
                "Nej;Ja;Nej;I lav grad;6;Utilfreds;2023-10-01;Drift;2023;" + CVR_B + ";nordjylland;ES-9"));

        assertCounts(summary, 1, 1, 0, 0);
        assertThat(store.recorded.get(0)).isEqualTo(new SurveyResponseRecorded("ES-9", "nordjylland", CVR_B, 2023,
                Segment.OPERATION, LocalDate.of(2023, 10, 1), CompetenceSatisfaction.DISSATISFIED, 6,
                ExpectedEffect.LOW, false, true, ReferralUse.NO));
    }

    @Test
    void an_empty_file_is_a_problem_of_the_file() throws IOException {
        ImportSummary summary = importFile(new ByteArrayInputStream(new byte[0]));

        assertThat(summary.fileReadable()).isFalse();
        assertThat(summary.fileProblems()).containsExactly("the file is empty");
        assertThat(summary.rowsRead()).isZero();
        assertThat(store.handedOver).isEmpty();
    }

    @Test
    void a_file_of_blank_lines_or_only_a_byte_order_mark_is_empty_too() throws IOException {
        assertThat(importFile(utf8("", "   ", "")).fileProblems()).containsExactly("the file is empty");
        assertThat(importFile(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).fileProblems())
                .containsExactly("the file is empty");
    }

    @Test
    void a_file_with_only_the_header_has_no_rows() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER));

        assertThat(summary.fileReadable()).isTrue();
        assertCounts(summary, 0, 0, 0, 0);
        assertThat(summary.rejectedRows()).isEmpty();
    }

    @Test
    void a_header_lacking_columns_names_them_and_no_row_is_read() throws IOException {
        ImportSummary summary = importFile(utf8("responseId;house;cvr;surveyYear;segment;answeredOn;recommendScore",
                "ES-1;nordjylland;" + CVR_A + ";2023;Vækst;2023-05-02;9"));

        assertThat(summary.fileProblems()).singleElement().asString()
                .startsWith("the header row lacks the columns competenceSatisfaction, expectedEffect, "
                        + "receivedDigitalGuidance, receivedReferral, usedReferral;");
        assertThat(summary.missingColumns()).containsExactly("competenceSatisfaction", "expectedEffect",
                "receivedDigitalGuidance", "receivedReferral", "usedReferral");
        assertThat(summary.rowsRead()).isZero();
        assertThat(store.handedOver).isEmpty();
    }

    @Test
    void a_file_without_a_header_row_is_told_which_columns_are_expected() throws IOException {
        ImportSummary summary = importFile(utf8(row("ES-1", CVR_A)));

        assertThat(summary.fileProblems()).singleElement().asString()
                .contains("lacks the columns responseId, house,")
                .endsWith("expected a ';'-separated header with " + HEADER);
    }

    @Test
    void a_column_named_twice_is_a_problem_of_the_file() throws IOException {
        assertThat(importFile(utf8(HEADER + ";CVR", row("ES-1", CVR_A) + ";" + CVR_B)).fileProblems())
                .containsExactly("the header names the column 'cvr' twice");
    }

    @Test
    void good_rows_are_recorded_and_bad_rows_are_reported_with_row_line_column_and_reason() throws IOException {
        ImportSummary summary = importFile(windows1252(HEADER,
                row("ES-1", CVR_A),
                "ES-2;nordjylland;13585627;2023;Vækst;02-05-2023;Meget tilfreds;11;I høj grad;Ja;Ja;Ja",
                "",
                row("ES-3", CVR_B),
                "ES-4;nordjylland;" + CVR_A + ";2023;Mellem;02-05-2023;Meget tilfreds;9;I høj grad;Ja;Nej;Ja",
                row("ES-5", TestCvrs.valid(5))));

        assertCounts(summary, 5, 3, 0, 2);
        assertThat(store.recordedIds()).containsExactly("ES-1", "ES-3", "ES-5");
        assertThat(store.handedOver).containsExactly("ES-1", "ES-3", "ES-5");
        assertThat(summary.rejectedRows()).containsExactly(
                new RejectedRow(2, 3, "ES-2", List.of(
                        new FieldError("cvr", "'13585627' is not a valid CVR number (the modulus-11 check fails)"),
                        new FieldError("recommendScore", "must be a whole number from 0 to 10, was 11"))),
                new RejectedRow(4, 6, "ES-4", List.of(
                        new FieldError("segment", "'Mellem' is not one of Vækst, Drift (or GROWTH, OPERATION)"),
                        new FieldError("usedReferral", "usedReferral given although receivedReferral is false"))));
        assertThat(summary.rejectedRowsNotListed()).isZero();
    }

    @Test
    void a_response_id_repeated_within_one_file_is_a_duplicate() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, row("ES-1", CVR_A), row("ES-2", CVR_B), row("ES-1", CVR_A)));

        assertCounts(summary, 3, 2, 1, 0);
        assertThat(summary.duplicateRows()).containsExactly(new DuplicateRow(3, 4, "ES-1"));
        assertThat(store.recordedIds()).containsExactly("ES-1", "ES-2");
    }

    @Test
    void importing_a_second_file_with_known_response_ids_records_only_the_new_ones() throws IOException {
        importFile(utf8(HEADER, row("ES-1", CVR_A), row("ES-2", CVR_B)));

        ImportSummary second = importFile(windows1252(HEADER, row("ES-2", CVR_B), row("ES-3", CVR_A)));

        assertCounts(second, 2, 1, 1, 0);
        assertThat(second.duplicateRows()).extracting(DuplicateRow::responseId).containsExactly("ES-2");
        assertThat(store.recordedIds()).containsExactly("ES-1", "ES-2", "ES-3");
    }

    @Test
    void an_unterminated_quote_rejects_its_row_and_the_rows_after_it_are_still_recorded() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER,
                row("ES-1", CVR_A),
                "ES-2;\"nordjylland;" + CVR_B + ";2023;Vækst;02-05-2023;Meget tilfreds;9;I høj grad;Ja;Ja;Ja",
                row("ES-3", CVR_B)));

        assertCounts(summary, 3, 2, 0, 1);
        RejectedRow rejected = summary.rejectedRows().get(0);
        assertThat(rejected.rowNumber()).isEqualTo(2);
        assertThat(rejected.lineNumber()).isEqualTo(3);
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isNull();
            assertThat(problem.message()).contains("never closed");
        });
        assertThat(store.recordedIds()).containsExactly("ES-1", "ES-3");
    }

    @Test
    void a_row_with_cells_missing_is_rejected_as_a_whole() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, "ES-1;nordjylland;" + CVR_A + ";2023;Vækst;2023-05-02;Tilfreds"));

        assertThat(summary.rejectedRows()).containsExactly(new RejectedRow(1, 2, "ES-1", List.of(new FieldError(null,
                "the row has 7 cells but the header names 12 columns (is a ';' missing?)"))));
    }

    @Test
    void empty_trailing_cells_are_tolerated_but_extra_values_are_not() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, row("ES-1", CVR_A) + ";;", row("ES-2", CVR_B) + ";x"));

        assertCounts(summary, 2, 1, 0, 1);
        assertThat(summary.rejectedRows().get(0).problems().get(0).message())
                .contains("cell 13 is not empty");
    }

    @Test
    void rows_of_empty_cells_below_the_data_are_not_rows() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, row("ES-1", CVR_A), ";;;;;;;;;;;", "", ";;;;;;;;;;;"));

        assertCounts(summary, 1, 1, 0, 0);
    }

    @Test
    void an_empty_cell_is_a_missing_answer() throws IOException {
        ImportSummary summary = importFile(utf8(HEADER, "ES-1;nordjylland;" + CVR_A + ";2023;Drift;2023-05-02;;;;;;"));

        assertCounts(summary, 1, 1, 0, 0);
        SurveyResponseRecorded response = store.recorded.get(0);
        assertThat(response.competenceSatisfaction()).isNull();
        assertThat(response.recommendScore()).isNull();
        assertThat(response.usedReferral()).isNull();
    }

    @Test
    void a_cell_with_bytes_foreign_to_the_files_encoding_is_named_as_such() throws IOException {
        ImportSummary summary = importFile(concat(
                (HEADER + "\n" + row("ES-1", CVR_A) + "\n").getBytes(StandardCharsets.UTF_8),
                ("ES-2;nordjylland;" + CVR_B + ";2023;Drift;2023-05-02;Hverken/eller;5;I høj grad;Ja;Ja;Ja\n")
                        .getBytes(WINDOWS_1252)));

        assertThat(summary.encoding()).isEqualTo(FileEncoding.UTF_8);
        assertCounts(summary, 2, 1, 0, 1);
        assertThat(summary.rejectedRows().get(0).problems()).containsExactly(new FieldError("expectedEffect",
                "contains bytes that are not valid UTF-8 text; save the file again as UTF-8"));
    }

    @Test
    void the_list_of_rejected_rows_stops_at_a_thousand_and_counts_the_rest() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 1_005; i++) {
            lines.add("ES-" + i + ";nordjylland;13585627;2023;Vækst;02-05-2023;;;;;;");
        }

        ImportSummary summary = importFile(utf8(lines.toArray(String[]::new)));

        assertCounts(summary, 1_005, 0, 0, 1_005);
        assertThat(summary.rejectedRows()).hasSize(SurveyCsvImporter.MAX_LISTED_ROWS);
        assertThat(summary.rejectedRowsNotListed()).isEqualTo(5);
        assertThat(summary.rejectedRows().get(999).rowNumber()).isEqualTo(1_000);
    }

    @Test
    void valid_rows_reach_the_store_in_chunks_and_the_summary_waits_for_the_last_one() throws IOException {
        SurveyCsvImporter chunked = new SurveyCsvImporter(
                new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY), 2);

        ImportSummary summary = chunked.importFrom(utf8(HEADER, row("ES-1", CVR_A), row("ES-2", CVR_B),
                row("ES-3", TestCvrs.valid(3)), row("ES-4", TestCvrs.valid(4)), row("ES-5", TestCvrs.valid(5))), store);

        assertThat(store.chunkSizes).containsExactly(2, 2, 1);
        assertCounts(summary, 5, 5, 0, 0);
    }

    @Test
    void a_response_id_repeated_within_one_chunk_is_a_duplicate_too() throws IOException {
        SurveyCsvImporter chunked = new SurveyCsvImporter(
                new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY), 10);

        ImportSummary summary = chunked.importFrom(utf8(HEADER, row("ES-1", CVR_A), row("ES-1", CVR_A)), store);

        assertThat(store.chunkSizes).containsExactly(2);
        assertCounts(summary, 2, 1, 1, 0);
        assertThat(summary.duplicateRows()).containsExactly(new DuplicateRow(2, 3, "ES-1"));
    }

    @Test
    void a_row_of_a_house_the_caller_may_not_record_for_is_rejected_for_that_alone_and_the_others_are_imported()
            throws IOException {
        List<String> asked = new ArrayList<>();
        HouseAccess onlyNordjylland = house -> {
            asked.add(house);
            return house.equals("nordjylland") ? Optional.empty()
                    : Optional.of("the token is for house 'nordjylland', not '" + house + "'");
        };

        ImportSummary summary = importer.importFrom(utf8(HEADER,
                row("ES-1", CVR_A),
                "ES-2; midtjylland ;13585627;2023;Mellem;02-05-2023;;11;;;;",
                row("ES-3", CVR_B),
                "ES-4;;" + CVR_A + ";2023;Vækst;02-05-2023;;;;;;"), onlyNordjylland, store);

        assertCounts(summary, 4, 2, 0, 2);
        assertThat(store.handedOver).containsExactly("ES-1", "ES-3");
        assertThat(summary.rejectedRows().get(0).rowNumber()).isEqualTo(2);
        assertThat(summary.rejectedRows().get(0).problems()).singleElement().isEqualTo(
                new FieldError("house", "the token is for house 'nordjylland', not 'midtjylland'"));
        assertThat(summary.rejectedRows().get(1).problems()).extracting(FieldError::field).containsExactly("house");
        assertThat(asked).as("an empty house cell is left to validation").containsExactly("nordjylland",
                "midtjylland", "nordjylland");
    }

    @Test
    void the_same_response_id_in_two_houses_is_two_responses() throws IOException {
        Houses houses = Houses.of(List.of(TestFixtures.HOUSES.find("nordjylland").orElseThrow(), TESTHUS));
        SurveyCsvImporter twoHouses = new SurveyCsvImporter(new SurveyResponseValidator(houses, TestFixtures.TODAY));

        ImportSummary summary = twoHouses.importFrom(utf8(HEADER, row("ES-1", CVR_A), row("ES-1", CVR_A)
                .replace("nordjylland", "testhus"), row("ES-1", CVR_A)), store);

        assertCounts(summary, 3, 2, 1, 0);
        assertThat(store.recorded).extracting(SurveyResponseRecorded::house).containsExactly("nordjylland", "testhus");
        assertThat(summary.duplicateRows()).containsExactly(new DuplicateRow(3, 4, "ES-1"));
    }

    @Test
    void a_failing_store_ends_the_import_with_its_own_exception() {
        RowSink failing = chunk -> {
            throw new IllegalStateException("event store unavailable");
        };

        assertThatThrownBy(() -> importer.importFrom(utf8(HEADER, row("ES-1", CVR_A)), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("event store unavailable");
    }
}
