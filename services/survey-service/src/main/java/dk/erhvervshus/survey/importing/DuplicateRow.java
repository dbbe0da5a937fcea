package dk.erhvervshus.survey.importing;

/**
 * A valid row whose responseId was already recorded; nothing changed.
 *
 * @param rowNumber  1 for the first row after the header
 * @param lineNumber the physical line the row starts on (1 = the header)
 */
public record DuplicateRow(int rowNumber, int lineNumber, String responseId) {
}
