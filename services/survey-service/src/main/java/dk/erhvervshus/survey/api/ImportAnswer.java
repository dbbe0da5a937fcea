package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.survey.application.ImportOutcome;
import dk.erhvervshus.survey.importing.ImportSummary;
import dk.erhvervshus.survey.importing.RejectedRow;
import dk.erhvervshus.validation.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a CSV import. Accepted rows are only counted; rejected and duplicate rows are
 * listed (the first 1,000 rows of each; {@code truncated} counts the rest), so every row not listed
 * was accepted. A rejected row appears once per problem.
 */
@Schema(name = "ImportAnswer")
public record ImportAnswer(Summary summary, List<Rejection> rejected, List<Duplicate> duplicates,
                           Truncated truncated) {

    @Schema(name = "ImportSummary", description = "rowsRead = accepted + duplicates + rejected")
    public record Summary(
            @Schema(description = "data rows after the header; blank rows are not counted") int rowsRead,
            int accepted,
            int duplicates,
            int rejected,
            @Schema(enumeration = {"UTF-8", "UTF-8 with BOM", "Windows-1252"}, description = "how the bytes were read")
            String encoding,
            @Schema(description = "header names that are not survey columns; their cells were not read")
            List<String> ignoredColumns,
            @Schema(description = "from the first byte read to the commit of the last row") long elapsedMillis,
            long rowsPerSecond,
            @Schema(description = "The one token of the whole import, counting every row it stored. "
                    + RequestHeaders.CONSISTENCY_TOKEN_MEANING) String consistencyToken) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportRejection", description = "One problem of a row that was not stored")
    public record Rejection(
            @Schema(description = "1 for the first data row; blank rows are not counted") int row,
            @Schema(description = "the physical line the row starts on, 1 being the header") int line,
            @Schema(description = "absent when the row as a whole is at fault (not valid CSV, wrong number of cells)")
            String column,
            String reason,
            @Schema(description = "the row's responseId cell as written, when not empty") String responseId) {
    }

    @Schema(name = "ImportDuplicate", description = "A valid row whose responseId was recorded before; nothing stored")
    public record Duplicate(int row, int line, String responseId) {
    }

    @Schema(name = "ImportTruncated", description = "rows beyond the first 1,000 of each list, counted but not listed")
    public record Truncated(int rejectedRows, int duplicateRows) {
    }

    static ImportAnswer of(ImportOutcome outcome) {
        ImportSummary s = outcome.summary();
        long millis = outcome.elapsed().toMillis();
        long rowsPerSecond = outcome.elapsed().isZero() ? 0
                : Math.round(s.rowsRead() / (outcome.elapsed().toNanos() / 1e9));
        List<Rejection> rejections = new ArrayList<>();
        for (RejectedRow row : s.rejectedRows()) {
            for (FieldError problem : row.problems()) {
                rejections.add(new Rejection(row.rowNumber(), row.lineNumber(), problem.field(), problem.message(),
                        row.responseId()));
            }
        }
        return new ImportAnswer(
                new Summary(s.rowsRead(), s.accepted(), s.duplicates(), s.rejected(), s.encoding().displayName(),
                        s.ignoredColumns(), millis, rowsPerSecond, outcome.token().format()),
                rejections,
                s.duplicateRows().stream().map(d -> new Duplicate(d.rowNumber(), d.lineNumber(), d.responseId())).toList(),
                new Truncated(s.rejectedRowsNotListed(), s.duplicateRowsNotListed()));
    }
}
