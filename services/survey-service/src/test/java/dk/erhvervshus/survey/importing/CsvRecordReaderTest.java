package dk.erhvervshus.survey.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordReaderTest {

    private static List<CsvRecord> records(String text) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void a_semicolon_inside_quotes_belongs_to_the_field() throws IOException {
        assertThat(records("a;\"god; hurtig\";c\n")).containsExactly(CsvRecord.of(1, List.of("a", "god; hurtig", "c")));
    }

    @Test
    void two_quotes_inside_a_quoted_field_are_one_quote() throws IOException {
        assertThat(records("\"Eksempel \"\"Nord\"\" ApS\";x").get(0).fields())
                .containsExactly("Eksempel \"Nord\" ApS", "x");
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_an_ordinary_character() throws IOException {
        assertThat(records("5\" skærm;x\nnext;row\n")).containsExactly(
                CsvRecord.of(1, List.of("5\" skærm", "x")), CsvRecord.of(2, List.of("next", "row")));
    }

    @Test
    void white_space_around_fields_and_before_an_opening_quote_is_ignored() throws IOException {
        assertThat(records("  \"a;b\" ;  c  \n").get(0).fields()).containsExactly("a;b", "c");
    }

    @Test
    void a_control_character_the_trimming_would_drop_rejects_its_row_and_reading_goes_on() throws IOException {
        List<CsvRecord> records = records("a;b\u001F\nc;d\n");

        assertThat(records.get(0).malformation()).contains("control characters (U+001F)");
        assertThat(records.get(1)).isEqualTo(CsvRecord.of(2, List.of("c", "d")));
    }

    @Test
    void a_quoted_field_may_span_lines_and_the_next_record_keeps_its_line_number() throws IOException {
        assertThat(records("a;\"first line\r\nsecond line\";c\r\nd;e;f\r\n")).containsExactly(
                CsvRecord.of(1, List.of("a", "first line\nsecond line", "c")),
                CsvRecord.of(3, List.of("d", "e", "f")));
    }

    @Test
    void blank_lines_are_skipped_but_counted_as_lines() throws IOException {
        assertThat(records("\n  \na;b\n\n\nc;d")).extracting(CsvRecord::line).containsExactly(3, 6);
    }

    @Test
    void an_unterminated_quote_costs_its_own_row_and_reading_goes_on_with_the_next_line() throws IOException {
        List<CsvRecord> records = records("a;b\n\"broken;c\nd;e\nf;g\n");

        assertThat(records).hasSize(4);
        assertThat(records.get(0)).isEqualTo(CsvRecord.of(1, List.of("a", "b")));
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).malformation()).contains("quoted field that starts on this line is never closed");
        assertThat(records.subList(2, 4)).containsExactly(CsvRecord.of(3, List.of("d", "e")),
                CsvRecord.of(4, List.of("f", "g")));
    }

    @Test
    void a_quote_still_open_after_twenty_lines_is_given_up_and_the_lines_are_read_again() throws IOException {
        StringBuilder text = new StringBuilder("\"opened;x\n");
        for (int i = 2; i <= 30; i++) {
            text.append("row").append(i).append(";y\n");
        }
        text.append("closed\";z\n");

        List<CsvRecord> records = records(text.toString());

        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(1)).isEqualTo(CsvRecord.of(2, List.of("row2", "y")));
        assertThat(records.get(29)).isEqualTo(CsvRecord.of(30, List.of("row30", "y")));
        assertThat(records.get(30).line()).isEqualTo(31);
    }

    @Test
    void text_after_a_closing_quote_makes_the_row_malformed_but_not_the_next() throws IOException {
        List<CsvRecord> records = records("\"Vækst\"x;b\nc;d\n");

        assertThat(records.get(0).malformation()).startsWith("the row is not valid CSV (")
                .doesNotContain("at line");
        assertThat(records.get(1)).isEqualTo(CsvRecord.of(2, List.of("c", "d")));
    }

    @Test
    void an_endless_line_is_cut_and_reported_rather_than_read_whole() throws IOException {
        List<CsvRecord> records = records("x".repeat(CsvRecordReader.MAX_LINE_LENGTH + 1) + "\na;b\n");

        assertThat(records.get(0).malformation()).contains("longer than the limit of 10,000 characters");
        assertThat(records.get(1)).isEqualTo(CsvRecord.of(2, List.of("a", "b")));
    }

    @Test
    void old_mac_line_endings_separate_records_too() throws IOException {
        assertThat(records("a;b\rc;d\r")).extracting(CsvRecord::line).containsExactly(1, 2);
    }

    @Test
    void a_row_of_empty_cells_is_blank() throws IOException {
        assertThat(records(";;;;\n").get(0).isBlank()).isTrue();
        assertThat(records(";;x;;\n").get(0).isBlank()).isFalse();
    }
}
