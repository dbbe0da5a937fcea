package dk.erhvervshus.survey.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import dk.erhvervshus.validation.TextRules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code ;}-separated records one at a time, so that one broken record costs one row.
 *
 * <p>commons-csv parses the fields of each record, but this class finds where a record ends.
 * Streamed whole through commons-csv, an unterminated quote would swallow the rest of the file
 * into one field, and an error mid-record leaves its lexer in the middle of a line, so the rows
 * after it would be lost or misread. Here a record is one line, or several when a quoted field
 * spans line breaks. If a quote opened on line N is not closed within {@link #MAX_LINES_PER_RECORD}
 * lines (or before the end of the file), line N is reported as malformed and reading resumes on
 * line N+1 from the lines already buffered. Memory stays bounded by that many lines of at most
 * {@link #MAX_LINE_LENGTH} characters.
 *
 * <p>Blank lines are skipped. Line breaks inside a quoted field are returned as {@code \n}.
 */
public final class CsvRecordReader {

    static final char DELIMITER = ';';
    static final char QUOTE = '"';
    /**
     * A survey row is about 150 characters; this is room for any sane one. Documented (OpenAPI,
     * README) and told in the rejection, since a longer line is rejected as a row.
     */
    public static final int MAX_LINE_LENGTH = 10_000;
    static final int MAX_LINES_PER_RECORD = 20;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(DELIMITER)
            .setQuote(QUOTE)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final LineReader lines;
    /** Lines read ahead while looking for a closing quote that never came, to be read again. */
    private final Deque<LineReader.Line> readAgain = new ArrayDeque<>();

    CsvRecordReader(Reader text) {
        this.lines = new LineReader(text, MAX_LINE_LENGTH);
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        LineReader.Line first = nextLine();
        while (first != null && !first.tooLong() && first.text().isBlank()) {
            first = nextLine();
        }
        if (first == null) {
            return null;
        }
        if (first.tooLong()) {
            return CsvRecord.malformed(first.number(), "the line is longer than the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE_LENGTH) + " characters");
        }
        if (!endsInsideQuotes(first.text(), false)) {
            return parse(first.number(), first.text());
        }
        return continueQuotedRecord(first);
    }

    private CsvRecord continueQuotedRecord(LineReader.Line first) throws IOException {
        List<LineReader.Line> continuation = new ArrayList<>();
        StringBuilder text = new StringBuilder(first.text());
        boolean insideQuotes = true;
        while (insideQuotes) {
            LineReader.Line line = continuation.size() + 1 < MAX_LINES_PER_RECORD ? nextLine() : null;
            if (line == null || line.tooLong()) {
                if (line != null) {
                    continuation.add(line);
                }
                for (int i = continuation.size() - 1; i >= 0; i--) {
                    readAgain.addFirst(continuation.get(i));
                }
                return CsvRecord.malformed(first.number(), "a quoted field that starts on this line is never closed"
                        + " (a '\"' without its closing '\"'); the row was skipped and reading went on with the next line");
            }
            continuation.add(line);
            text.append('\n').append(line.text());
            insideQuotes = endsInsideQuotes(line.text(), true);
        }
        return parse(first.number(), text.toString());
    }

    private LineReader.Line nextLine() throws IOException {
        return readAgain.isEmpty() ? lines.next() : readAgain.removeFirst();
    }

    /**
     * Whether a quoted field is still open at the end of {@code line}. Mirrors the commons-csv
     * lexer as configured in {@link #FORMAT}: a quote opens a field only at the field's start
     * (after optional white space); elsewhere it is an ordinary character; inside a quoted field
     * {@code ""} is an escaped quote.
     */
    static boolean endsInsideQuotes(String line, boolean insideQuotesAtStart) {
        boolean insideQuotes = insideQuotesAtStart;
        boolean atFieldStart = !insideQuotesAtStart;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (insideQuotes) {
                if (c == QUOTE) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                        i++;
                    } else {
                        insideQuotes = false;
                    }
                }
            } else if (c == DELIMITER) {
                atFieldStart = true;
            } else if (c == QUOTE && atFieldStart) {
                insideQuotes = true;
                atFieldStart = false;
            } else if (!Character.isWhitespace(c)) {
                atFieldStart = false;
            }
        }
        return insideQuotes;
    }

    private static CsvRecord parse(int line, String text) {
        // The CSV reader trims a cell's surrounding white space, which in Java includes the control
        // characters U+000B, U+000C and U+001C-U+001F: at a cell's edge they would vanish instead of
        // rejecting the row, so they are judged here, on the whole row. (Every other control
        // character stays in its cell, and the validation kit rejects it naming the column.)
        Optional<String> trimmable = trimmableControlCharacter(text);
        if (trimmable.isPresent()) {
            return CsvRecord.malformed(line, "the row " + trimmable.get());
        }
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord record = records.next();
            if (records.hasNext()) {
                return CsvRecord.malformed(line, "the row is not valid CSV (it reads as more than one row)");
            }
            return CsvRecord.of(line, record.toList());
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            return CsvRecord.malformed(line, "the row is not valid CSV (" + withoutPosition(cause.getMessage())
                    + "); a quote inside a quoted field is written as two quotes (\"\")");
        }
    }

    private static Optional<String> trimmableControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && Character.isWhitespace(c)) {
                return TextRules.problemOf(String.valueOf(c));
            }
        }
        return Optional.empty();
    }

    /** commons-csv counts lines and positions within the one record it was given, which would mislead. */
    private static String withoutPosition(String message) {
        String text = message == null ? "unreadable" : message;
        int at = text.indexOf(" at line");
        return at < 0 ? text : text.substring(0, at);
    }
}
