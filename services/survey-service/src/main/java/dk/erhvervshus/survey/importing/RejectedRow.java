package dk.erhvervshus.survey.importing;

import dk.erhvervshus.validation.FieldError;

import java.util.List;

/**
 * A row that was not recorded, and every reason.
 *
 * @param rowNumber  1 for the first row after the header (blank rows are not counted)
 * @param lineNumber the physical line the row starts on, as an editor shows it (1 = the header)
 * @param responseId the row's responseId cell as written, to help find it; null when empty
 * @param problems   {@code field} is the column name, or null when the problem is the row as a
 *                   whole (not valid CSV, wrong number of cells)
 */
public record RejectedRow(int rowNumber, int lineNumber, String responseId, List<FieldError> problems) {

    public RejectedRow {
        problems = List.copyOf(problems);
    }
}
