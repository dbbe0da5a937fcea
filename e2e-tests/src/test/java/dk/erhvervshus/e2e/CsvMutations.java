package dk.erhvervshus.e2e;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Invalid uploads of Erhvervsstyrelsen's CSV export, by construction: either readable files whose
 * every row is invalid (a cell against survey-service's rules for its column, or a row that is not
 * valid CSV), answered 200 with every row rejected; or valid rows in a file that cannot be read as
 * an export at all (empty, a header lacking or repeating a column, UTF-16, another Content-Type, a
 * URI over the limit), answered 4xx.
 */
final class CsvMutations {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u000B", "\u000C",
            "\u001B", "\u001F");
    private static final List<String> REQUIRED = List.of("responseId", "house", "cvr", "surveyYear", "segment", "answeredOn");

    private CsvMutations() {
    }

    static Arbitrary<InvalidRequest> upload(String path) {
        Arbitrary<List<List<Edit<List<String>>>>> invalidRows = cellMutation().list().ofMinSize(1).ofMaxSize(2)
                .list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Edit<CsvDraft>>> someFileMutations = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.of())), Tuple.of(1, fileMutation().list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<Tuple.Tuple2<List<List<Edit<List<String>>>>, List<Edit<CsvDraft>>>> everyRowInvalid =
                Combinators.combine(invalidRows, someFileMutations).as(Tuple::of);
        Arbitrary<Tuple.Tuple2<List<List<Edit<List<String>>>>, List<Edit<CsvDraft>>>> fileInvalid = Combinators.combine(
                Arbitraries.integers().between(1, 3).map(n -> java.util.Collections.nCopies(n, List.<Edit<List<String>>>of())),
                fileMutation().list().ofMinSize(1).ofMaxSize(2)).as(Tuple::of);
        return Arbitraries.frequencyOf(Tuple.of(3, everyRowInvalid), Tuple.of(1, fileInvalid)).map(t -> {
            CsvDraft draft = new CsvDraft();
            for (List<Edit<List<String>>> rowEdits : t.get1()) {
                List<String> row = CsvDraft.validRow();
                rowEdits.forEach(e -> e.applyTo(row));
                draft.rows.add(row);
                draft.mutations.add(rowEdits.isEmpty() ? "valid row" : "row: " + rowEdits);
            }
            t.get2().forEach(e -> {
                e.applyTo(draft);
                draft.mutations.add(e.description());
            });
            return draft.render(path);
        });
    }

    /** One cell against its column's rule, or a row that is not valid CSV. */
    private static Arbitrary<Edit<List<String>>> cellMutation() {
        String farDate = TODAY.plusDays(2).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        return Arbitraries.oneOf(
                Arbitraries.of(REQUIRED).map(column -> cell(column, "empty", "")),
                Arbitraries.of("a".repeat(101), "ES:1", "ES/1", "ES 1", "ÉS-1", "-ES1").map(v -> cell("responseId", "bad id", v)),
                Arbitraries.of("atlantis", "midtjylland").map(v -> cell("house", "unknown house", v)),
                // No space at either end: the export's reader ignores spaces around a cell.
                Arbitraries.of("12345678", "00000000", "1234567", "123456789", "1358 5628", "1358562A")
                        .map(v -> cell("cvr", "bad CVR", v)),
                Arbitraries.of("1999", String.valueOf(TODAY.getYear() + 1), "abc", "2023.5", "20 23")
                        .map(v -> cell("surveyYear", "bad year", v)),
                Arbitraries.of("Måske", "Vækstt", "GROWTH_").map(v -> cell("segment", "unknown segment", v)),
                Arbitraries.of("30-02-2023", "2023-13-01", "32.01.2023", "i går", "01-01-1999", farDate, "01-01-2026")
                        .map(v -> cell("answeredOn", "bad date", v)),
                Arbitraries.of("competenceSatisfaction", "expectedEffect", "usedReferral")
                        .map(column -> cell(column, "unknown label", "Måske")),
                Arbitraries.of("11", "-1", "abc", "5,5", "5.5").map(v -> cell("recommendScore", "bad score", v)),
                Arbitraries.of("receivedDigitalGuidance", "receivedReferral").map(column -> cell(column, "not yes/no", "Måske")),
                Arbitraries.just(new Edit<List<String>>("usedReferral given although receivedReferral is Nej",
                        row -> setIfPresent(row, index("receivedReferral"), "Nej"))),
                Combinators.combine(Arbitraries.integers().between(0, CsvDraft.HEADER.size() - 1), Arbitraries.of(CONTROL_CHARACTERS))
                        // Inside the cell: the export's reader strips what Java counts as whitespace
                        // (U+000B, U+000C, U+001C-U+001F among them) from both ends of a cell.
                        .as((i, c) -> new Edit<List<String>>(String.format("%s: U+%04X", CsvDraft.HEADER.get(i), (int) c.charAt(0)),
                                row -> setIfPresent(row, i, i < row.size() ? inside(row.get(i), c) : c))),
                Arbitraries.of("a cell too few", "a cell too many", "unterminated quote", "text after the closing quote")
                        .map(kind -> new Edit<List<String>>(kind, row -> {
                            switch (kind) {
                                // The house cell goes: should a cell be added later, the cells are shifted, the house wrong.
                                case "a cell too few" -> row.remove(1);
                                case "a cell too many" -> row.add("extra");
                                case "unterminated quote" -> setIfPresent(row, index("competenceSatisfaction"), "\"Meget tilfreds");
                                default -> setIfPresent(row, index("competenceSatisfaction"), "\"Meget tilfreds\"x");
                            }
                        })));
    }

    /** The file as a whole cannot be read as an export, or is not sent as one. */
    private static Arbitrary<Edit<CsvDraft>> fileMutation() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Edit<>("empty file", d -> d.empty = true)),
                Arbitraries.integers().between(0, CsvDraft.HEADER.size() - 1).map(i -> new Edit<>(
                        "header lacks " + CsvDraft.HEADER.get(i), d -> {
                    // Every occurrence, so that a column named twice before is not repaired to once.
                    for (int at = d.header.lastIndexOf(CsvDraft.HEADER.get(i)); at >= 0;
                         at = d.header.lastIndexOf(CsvDraft.HEADER.get(i))) {
                        int column = at;
                        d.header.remove(column);
                        d.rows.forEach(row -> {
                            if (row.size() > column) {
                                row.remove(column);
                            }
                        });
                    }
                })),
                Arbitraries.integers().between(0, CsvDraft.HEADER.size() - 1).map(i -> new Edit<>(
                        "header names " + CsvDraft.HEADER.get(i) + " twice", d -> {
                    // Twice whatever happened before (a column removed first is added back twice).
                    while (java.util.Collections.frequency(d.header, CsvDraft.HEADER.get(i)) < 2) {
                        d.header.add(CsvDraft.HEADER.get(i));
                        d.rows.forEach(row -> row.add("x"));
                    }
                })),
                Arbitraries.just(new Edit<>("UTF-16", d -> d.charset = StandardCharsets.UTF_16LE)),
                // Not "none": without a Content-Type a body is application/octet-stream (RFC 9110), which the import takes.
                Arbitraries.of("application/json", "text/plain", "application/x-www-form-urlencoded")
                        .map(type -> new Edit<>("Content-Type " + type, d -> d.contentType = type)),
                Arbitraries.integers().between(RequestMutations.OVERLONG_QUERY, RequestMutations.OVERLONG_QUERY + 1000)
                        .map(n -> new Edit<>("query of " + n + " characters", d -> d.query = "?pad=" + "a".repeat(n))));
    }

    private static Edit<List<String>> cell(String column, String what, String value) {
        return new Edit<>(column + ": " + what + " '" + value + "'", row -> setIfPresent(row, index(column), value));
    }

    private static String inside(String cell, String insertion) {
        int middle = Math.max(1, cell.length() / 2);
        return cell.length() < 2 ? "a" + insertion + "b" : cell.substring(0, middle) + insertion + cell.substring(middle);
    }

    /** A row that already lost the cell is invalid anyway (a cell too few). */
    private static void setIfPresent(List<String> row, int index, String value) {
        if (index < row.size()) {
            row.set(index, value);
        }
    }

    private static int index(String column) {
        return CsvDraft.HEADER.indexOf(column);
    }
}
