package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.Validated;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports Erhvervsstyrelsen's survey export ({@code ;}-separated, header row, Danish answer labels,
 * UTF-8 or Windows-1252) row by row: each valid row becomes a {@link SurveyResponseRecorded} and
 * goes to the {@link RowSink} with the next chunk, each invalid row is reported with its row number,
 * column and reason, and no row holds up the others. A row of a house the caller may not record
 * for ({@link HouseAccess}) is rejected naming the house, before its other cells are judged.
 * Nothing but the current chunk and the capped problem lists is kept, so the file size does not
 * matter.
 *
 * <p>Rows are validated by the same {@link SurveyResponseValidator} as the JSON endpoint. A
 * problem with the file as a whole (empty, header lacking columns) is reported in
 * {@link ImportSummary#fileProblems()} and no row is read. The last chunk is handed over before
 * the summary is made, so a summary describes only rows the sink has durably decided on. Only a
 * failure to read the stream itself, or one thrown by the sink, leaves this method as an
 * exception. The stream is not closed.
 */
public final class SurveyCsvImporter {

    public static final int MAX_LISTED_ROWS = 1_000;
    /** Rows per hand-over: large enough to amortise a transaction, small enough to bound memory. */
    public static final int DEFAULT_CHUNK_SIZE = 500;
    private static final int MAX_ECHOED_RESPONSE_ID = 100;

    private final SurveyResponseValidator validator;
    private final int chunkSize;

    public SurveyCsvImporter(SurveyResponseValidator validator) {
        this(validator, DEFAULT_CHUNK_SIZE);
    }

    public SurveyCsvImporter(SurveyResponseValidator validator, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        this.validator = validator;
        this.chunkSize = chunkSize;
    }

    /** An import for a caller that acts for every house. */
    public ImportSummary importFrom(InputStream csv, RowSink sink) throws IOException {
        return importFrom(csv, HouseAccess.EVERY_HOUSE, sink);
    }

    /** An import whose rows of a house {@code access} refuses are rejected, and the others imported. */
    public ImportSummary importFrom(InputStream csv, HouseAccess access, RowSink sink) throws IOException {
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
            return ImportSummary.unreadable(text.encoding(), reading.problems(), reading.missingColumns());
        }
        ImportTally tally = new ImportTally(MAX_LISTED_ROWS);
        Chunk chunk = new Chunk(chunkSize, sink, tally);
        int rowNumber = 0;
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            if (record.isBlank()) {
                continue;
            }
            rowNumber++;
            chunk.add(readRow(rowNumber, record, reading.header(), text, access));
        }
        chunk.flush();
        return tally.summary(text.encoding(), reading.header().ignoredColumns());
    }

    /** A row that is valid (its event) or rejected (its problems). */
    private ReadRow readRow(int rowNumber, CsvRecord record, CsvHeader header, EncodingDetectingReader text,
                            HouseAccess access) {
        if (record.isMalformed()) {
            return ReadRow.rejected(new RejectedRow(rowNumber, record.line(), null,
                    List.of(new FieldError(null, record.malformation()))));
        }
        List<String> cells = record.fields();
        String responseId = echoedResponseId(header, cells);
        String shapeProblem = header.shapeProblem(cells);
        if (shapeProblem != null) {
            return ReadRow.rejected(new RejectedRow(rowNumber, record.line(), responseId,
                    List.of(new FieldError(null, shapeProblem))));
        }
        // The house rule first: a row of another house is refused for that alone, its other cells unjudged.
        Optional<String> refusal = houseRefusal(header, cells, access);
        if (refusal.isPresent()) {
            return ReadRow.rejected(new RejectedRow(rowNumber, record.line(), responseId,
                    List.of(new FieldError(SurveyColumn.HOUSE.header(), refusal.get()))));
        }
        List<FieldError> problems = undecodableCells(header, cells, text.encoding());
        Validated<SurveyResponseRecorded> response = validator.validate(header.form(cells));
        for (FieldError error : response.errors()) {
            if (problems.stream().noneMatch(p -> p.field().equals(error.field()))) {
                problems.add(error);
            }
        }
        if (!problems.isEmpty()) {
            return ReadRow.rejected(new RejectedRow(rowNumber, record.line(), responseId, problems));
        }
        return ReadRow.valid(rowNumber, record.line(), response.value());
    }

    /** A blank house cell is left to the validator ("is required"). */
    private static Optional<String> houseRefusal(CsvHeader header, List<String> cells, HouseAccess access) {
        String house = header.cell(cells, SurveyColumn.HOUSE);
        if (house == null || house.isBlank()) {
            return Optional.empty();
        }
        return access.refusalFor(house.strip());
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

    /** One data row after reading: either its event, or why it was rejected. */
    private record ReadRow(int rowNumber, int lineNumber, SurveyResponseRecorded response, RejectedRow rejection) {

        static ReadRow valid(int rowNumber, int lineNumber, SurveyResponseRecorded response) {
            return new ReadRow(rowNumber, lineNumber, response, null);
        }

        static ReadRow rejected(RejectedRow rejection) {
            return new ReadRow(rejection.rowNumber(), rejection.lineNumber(), null, rejection);
        }
    }

    /**
     * The rows read since the last hand-over. Rejected rows wait here too, so that the tally sees
     * every row in file order and its capped lists are the first rows of the file.
     */
    private static final class Chunk {

        private final int size;
        private final RowSink sink;
        private final ImportTally tally;
        private final List<ReadRow> rows = new ArrayList<>();

        Chunk(int size, RowSink sink, ImportTally tally) {
            this.size = size;
            this.sink = sink;
            this.tally = tally;
        }

        void add(ReadRow row) {
            rows.add(row);
            if (rows.size() == size) {
                flush();
            }
        }

        void flush() {
            List<SurveyResponseRecorded> valid = rows.stream().map(ReadRow::response).filter(Objects::nonNull).toList();
            Iterator<Admission> admissions = admit(valid).iterator();
            for (ReadRow row : rows) {
                if (row.rejection() != null) {
                    tally.rejected(row.rejection());
                } else {
                    tally(row, admissions.next());
                }
            }
            rows.clear();
        }

        private List<Admission> admit(List<SurveyResponseRecorded> valid) {
            if (valid.isEmpty()) {
                return List.of();
            }
            List<Admission> admissions = sink.admit(valid);
            if (admissions == null || admissions.size() != valid.size() || admissions.contains(null)) {
                throw new IllegalStateException("the row sink must answer one admission per row");
            }
            return admissions;
        }

        private void tally(ReadRow row, Admission admission) {
            if (admission == Admission.ACCEPTED) {
                tally.accepted();
            } else {
                tally.duplicate(new DuplicateRow(row.rowNumber(), row.lineNumber(), row.response().responseId()));
            }
        }
    }
}
