package dk.erhvervshus.survey.importing;

import java.util.List;

/**
 * What became of an imported file. Every row is counted once: {@code rowsRead = accepted +
 * duplicates + rejected}. Rejected and duplicate rows are listed (the first
 * {@link SurveyCsvImporter#MAX_LISTED_ROWS} of each, with a count of the rest), so any row not
 * listed was accepted; accepted rows are only counted, because a 100,000-row file would otherwise
 * make a 100,000-entry answer.
 *
 * @param encoding      how the bytes were read as text
 * @param fileProblems  why no row could be read (empty file, header lacking columns); empty when
 *                      the rows were read. When not empty, all counts are 0
 * @param missingColumns the survey columns a header lacked, each also described in fileProblems
 * @param ignoredColumns header names that are not survey columns
 * @param rowsRead      data rows after the header, blank rows not counted
 */
public record ImportSummary(
        FileEncoding encoding,
        List<String> fileProblems,
        List<String> missingColumns,
        List<String> ignoredColumns,
        int rowsRead,
        int accepted,
        int duplicates,
        int rejected,
        List<RejectedRow> rejectedRows,
        int rejectedRowsNotListed,
        List<DuplicateRow> duplicateRows,
        int duplicateRowsNotListed) {

    public ImportSummary {
        fileProblems = List.copyOf(fileProblems);
        missingColumns = List.copyOf(missingColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        rejectedRows = List.copyOf(rejectedRows);
        duplicateRows = List.copyOf(duplicateRows);
    }

    static ImportSummary unreadable(FileEncoding encoding, List<String> fileProblems) {
        return unreadable(encoding, fileProblems, List.of());
    }

    static ImportSummary unreadable(FileEncoding encoding, List<String> fileProblems, List<String> missingColumns) {
        return new ImportSummary(encoding, fileProblems, missingColumns, List.of(), 0, 0, 0, 0, List.of(), 0,
                List.of(), 0);
    }

    /** False when a file-level problem stopped the import before any row was read. */
    public boolean fileReadable() {
        return fileProblems.isEmpty();
    }
}
