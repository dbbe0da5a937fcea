package dk.erhvervshus.reporting.report;

import dk.erhvervshus.reporting.api.GoalSummary;
import dk.erhvervshus.reporting.api.GoalsResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {

    @Test
    void a_cell_with_a_separator_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled() {
        assertThat(ReportCsv.cell("Vækst; drift")).isEqualTo("\"Vækst; drift\"");
        assertThat(ReportCsv.cell("det \"nye\" mål")).isEqualTo("\"det \"\"nye\"\" mål\"");
        assertThat(ReportCsv.cell("første linje\nanden linje")).isEqualTo("\"første linje\nanden linje\"");
        assertThat(ReportCsv.cell("med\r\nCRLF")).isEqualTo("\"med\r\nCRLF\"");
        assertThat(ReportCsv.cell(" foranstillet blank")).isEqualTo("\" foranstillet blank\"");
        assertThat(ReportCsv.cell("Bred geografisk spredning")).isEqualTo("Bred geografisk spredning");
        assertThat(ReportCsv.cell("62,5")).isEqualTo("62,5");
        assertThat(ReportCsv.cell(null)).isEmpty();
    }

    @Test
    void the_sheet_opens_with_a_byte_order_mark_and_the_header_and_has_one_row_per_goal() {
        GoalsResponse goals = new GoalsResponse("nordjylland", 2023, LocalDate.of(2023, 6, 30),
                Instant.parse("2024-01-15T00:00:00Z"), Instant.parse("2026-12-01T20:00:00Z"), Map.of(), Map.of(),
                List.of(new GoalSummary("G-1", 3, "Tilfredse; \"meget\"\nogså", "PERCENT", "AT_LEAST",
                                new BigDecimal("80"), new BigDecimal("62.5"), 5L, 8L, new BigDecimal("78.1"), "AT_RISK",
                                "survey", null, List.of("user-evaluation", "guidance")),
                        new GoalSummary("G-2", 1, "Kendskab", "PERCENT", "AT_LEAST", new BigDecimal("50"), null, null,
                                null, null, "NO_DATA", "survey", "survey", List.of("awareness"))));

        byte[] bytes = ReportCsv.of(goals);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Mål-id;Kontraktmål;Titel;Enhed;Mål;Resultat;Opfyldelse %;Status;Tæller;Nævner;asOf;knownAt\r\n");
        assertThat(text).contains("\r\nG-1;3;\"Tilfredse; \"\"meget\"\"\nogså\";%;80;62,5;78,1;I risiko;5;8;2023-06-30;2024-01-15T00:00:00Z\r\n");
        assertThat(text).endsWith("\r\nG-2;1;Kendskab;%;50;;;Ingen data;;;2023-06-30;2024-01-15T00:00:00Z\r\n");
    }
}
