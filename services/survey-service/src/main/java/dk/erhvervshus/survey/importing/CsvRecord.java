package dk.erhvervshus.survey.importing;

import java.util.List;

/**
 * One record of the file: its fields, or why it could not be read as CSV.
 *
 * @param line        the physical line the record starts on (1 = the file's first line)
 * @param fields      the unquoted field values; empty when malformed
 * @param malformation why the record is not valid CSV, or null
 */
record CsvRecord(int line, List<String> fields, String malformation) {

    static CsvRecord of(int line, List<String> fields) {
        return new CsvRecord(line, List.copyOf(fields), null);
    }

    static CsvRecord malformed(int line, String malformation) {
        return new CsvRecord(line, List.of(), malformation);
    }

    boolean isMalformed() {
        return malformation != null;
    }

    /** A row of empty cells, as spreadsheets leave below the data ({@code ;;;;;;}). */
    boolean isBlank() {
        return !isMalformed() && fields.stream().allMatch(String::isBlank);
    }
}
