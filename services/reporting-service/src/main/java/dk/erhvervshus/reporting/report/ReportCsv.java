package dk.erhvervshus.reporting.report;

import dk.erhvervshus.reporting.api.GoalSummary;
import dk.erhvervshus.reporting.api.GoalsResponse;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as a spreadsheet: {@code ;}-separated (a Danish spreadsheet's list separator, since the
 * comma is the decimal sign), UTF-8 with a byte-order mark (so Excel reads æøå as such), a header
 * row and one row per goal, lines ending CRLF (RFC 4180). Numbers carry a decimal comma and no
 * grouping; a value the API does not have is an empty cell.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("Mål-id", "Kontraktmål", "Titel", "Enhed", "Mål", "Resultat",
            "Opfyldelse %", "Status", "Tæller", "Nævner", "asOf", "knownAt");

    private static final String BOM = "\uFEFF";
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    private ReportCsv() {
    }

    static byte[] of(GoalsResponse goals) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        for (GoalSummary g : goals.goals()) {
            line(out, List.of(g.id(), Integer.toString(g.contractGoal()), g.title(), ReportWords.unit(g.unit()),
                    DanishNumbers.cell(g.target()), DanishNumbers.cell(g.actual()),
                    DanishNumbers.cell(g.fulfilmentPercent()), ReportWords.status(g.status()),
                    g.numerator() == null ? "" : Long.toString(g.numerator()),
                    g.denominator() == null ? "" : Long.toString(g.denominator()),
                    goals.asOf().toString(), goals.knownAt() == null ? "" : goals.knownAt().toString()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append(LINE_END);
    }

    /**
     * A cell as written: quoted when it holds the separator, a quote, a line break or surrounding
     * blanks, with its quotes doubled; otherwise as it is.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
