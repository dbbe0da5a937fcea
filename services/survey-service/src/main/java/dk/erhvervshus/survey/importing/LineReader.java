package dk.erhvervshus.survey.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into physical lines ({@code \n}, {@code \r\n} or {@code \r}), numbered from 1. A
 * line longer than the limit is cut and flagged rather than read whole, so a file without line
 * breaks cannot exhaust the memory.
 */
final class LineReader {

    /** One physical line without its terminator; {@code tooLong} when its text was cut. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int limit;
    private int lineNumber;
    private boolean skipLineFeed;

    LineReader(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        text.setLength(0);
        boolean tooLong = false;
        boolean readAnything = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(0, reader.read(buffer, 0, buffer.length));
                position = 0;
                if (limit == 0) {
                    if (!readAnything) {
                        return null;
                    }
                    break;
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            readAnything = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                skipLineFeed = true;
                break;
            }
            if (text.length() < maxLength) {
                text.append(c);
            } else {
                tooLong = true;
            }
        }
        lineNumber++;
        return new Line(lineNumber, text.toString(), tooLong);
    }
}
