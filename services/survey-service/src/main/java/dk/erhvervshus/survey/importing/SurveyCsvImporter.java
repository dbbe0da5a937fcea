package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.survey.domain.FieldError;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.domain.Validated;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports Erhvervsstyrelsen's survey export ({@code ;}-separated, header row, Danish answer labels,
 * UTF-8 or Windows-1252) row by row: each valid row goes to the {@link RowSink} as a
 * {@link SurveyResponseRecorded} as soon as it is read, each invalid row is reported with its
 * row number, column and reason, and no row holds up the others. Nothing but the current row and
 * the capped problem lists is kept, so the file size does not matter.
 *
 * <p>Rows are validated by the same {@link SurveyResponseValidator} as the JSON endpoint. A
 * problem with the file as a whole (empty, header lacking columns) is reported in
 * {@link ImportSummary#fileProblems()} and no row is read. Only a failure to read the stream
 * itself, or one thrown by the sink, leaves this method as an exception. The stream is not closed.
 */
public final class SurveyCsvImporter {

    public static final int MAX_LISTED_ROWS = 1_000;
    private static final int MAX_ECHOED_RESPONSE_ID = 100;

    private final SurveyResponseValidator validator;

    public SurveyCsvImporter(SurveyResponseValidator validator) {
        this.validator = validator;
    }

    public ImportSummary importFrom(InputStream csv, RowSink sink) throws IOException {
        EncodingDetectingReader text = new EncodingDetectingReader(csv);
        CsvRecordReader records = new CsvRecordReader(text);
        CsvRecord headerRecord = records.next();
        if (headerRecord == null) {
            return ImportSummary.unreadable(text.encoding(), List.of("the file is empty"));
        }
        if (headerRecord.isMalformed()) {
            return ImportSummary.unreadable(text.encoding(),
                    List.of("the header row (line " + headerRecord.line() + ") cannot be read: "
                            + headerRecord.malformation()));
        }
        CsvHeader.Reading reading = CsvHeader.read(headerRecord.fields());
        if (reading.header() == null) {
            return ImportSummary.unreadable(text.encoding(), reading.problems());
        }
        ImportTally tally = new ImportTally(MAX_LISTED_ROWS);
        int rowNumber = 0;
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            if (record.isBlank()) {
                continue;
            }
            rowNumber++;
            importRow(rowNumber, record, reading.header(), text, sink, tally);
        }
        return tally.summary(text.encoding(), reading.header().ignoredColumns());
    }

    private void importRow(int rowNumber, CsvRecord record, CsvHeader header, EncodingDetectingReader text,
                           RowSink sink, ImportTally tally) {
        if (record.isMalformed()) {
            tally.rejected(new RejectedRow(rowNumber, record.line(), null,
                    List.of(new FieldError(null, record.malformation()))));
            return;
        }
        List<String> cells = record.fields();
        String responseId = echoedResponseId(header, cells);
        String shapeProblem = header.shapeProblem(cells);
        if (shapeProblem != null) {
            tally.rejected(new RejectedRow(rowNumber, record.line(), responseId,
                    List.of(new FieldError(null, shapeProblem))));
            return;
        }
        List<FieldError> problems = undecodableCells(header, cells, text.encoding());
        Validated<SurveyResponseRecorded> response = validator.validate(header.form(cells));
        for (FieldError error : response.errors()) {
            if (problems.stream().noneMatch(p -> p.field().equals(error.field()))) {
                problems.add(error);
            }
        }
        if (!problems.isEmpty()) {
            tally.rejected(new RejectedRow(rowNumber, record.line(), responseId, problems));
            return;
        }
        Admission admission = Objects.requireNonNull(sink.accept(rowNumber, response.value()),
                "the row sink must answer ACCEPTED or DUPLICATE");
        if (admission == Admission.ACCEPTED) {
            tally.accepted();
        } else {
            tally.duplicate(new DuplicateRow(rowNumber, record.line(), response.value().responseId()));
        }
    }

    /**
     * Cells holding bytes the file's encoding cannot represent (a UTF-8 file with a stray
     * Windows-1252 byte, say). Named on their own, because "'V?kst' is not a segment" would hide
     * the real cause.
     */
    private static List<FieldError> undecodableCells(CsvHeader header, List<String> cells, FileEncoding encoding) {
        List<FieldError> problems = new ArrayList<>();
        for (SurveyColumn column : SurveyColumn.values()) {
            String cell = header.cell(cells, column);
            if (cell != null && cell.indexOf(EncodingDetectingReader.UNDECODABLE) >= 0) {
                problems.add(new FieldError(column.header(), "contains bytes that are not valid "
                        + encoding.charsetName() + " text; save the file again as UTF-8"));
            }
        }
        return problems;
    }

    private static String echoedResponseId(CsvHeader header, List<String> cells) {
        String cell = header.cell(cells, SurveyColumn.RESPONSE_ID);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String id = cell.strip();
        return id.length() <= MAX_ECHOED_RESPONSE_ID ? id : id.substring(0, MAX_ECHOED_RESPONSE_ID) + "…";
    }
}
