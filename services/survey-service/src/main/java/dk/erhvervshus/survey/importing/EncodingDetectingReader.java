package dk.erhvervshus.survey.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an export as text whether it was saved as UTF-8 (with or without a byte order mark) or as
 * Windows-1252, the two encodings Danish spreadsheets produce, without holding the file in memory.
 *
 * <p>How it decides, in one pass over a fixed 8 KiB byte buffer:
 * <ul>
 * <li>A UTF-8 byte order mark settles it: UTF-8.</li>
 * <li>Otherwise the bytes are decoded as strict UTF-8 for as long as they are plain ASCII, which
 *     reads the same in both encodings, so nothing decoded so far can be wrong.</li>
 * <li>The first non-ASCII character that decodes as valid UTF-8 settles it: UTF-8. Windows-1252
 *     text practically never forms valid UTF-8 sequences ("æ" is the single byte E6, which UTF-8
 *     requires to be followed by two continuation bytes).</li>
 * <li>The first byte sequence that is not valid UTF-8 settles it the other way: everything from
 *     that byte on is decoded as Windows-1252. Because all before it was ASCII, the switch changes
 *     no character already handed out, however late in the file the first "æ" appears. (Sniffing
 *     only a bounded prefix with mark/reset would not have that guarantee.)</li>
 * </ul>
 * Once settled, bytes that are invalid in the chosen encoding become U+FFFD, so the importer can
 * reject exactly the rows that contain them instead of failing the whole file.
 */
final class EncodingDetectingReader extends Reader {

    static final char UNDECODABLE = '\uFFFD';

    private static final int BUFFER_SIZE = 8192;
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer decoded = CharBuffer.allocate(BUFFER_SIZE).flip();
    private CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    /** Null while every character so far was ASCII. */
    private FileEncoding encoding;
    private boolean endOfBytes;
    private boolean finished;

    EncodingDetectingReader(InputStream in) throws IOException {
        this.in = in;
        skipByteOrderMark();
        refuseWideEncodings();
    }

    /** The encoding the file was read in; final once the file has been read to the end. */
    FileEncoding encoding() {
        return encoding == null ? FileEncoding.UTF_8 : encoding;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!decoded.hasRemaining()) {
            if (finished) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, decoded.remaining());
        decoded.get(target, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void skipByteOrderMark() throws IOException {
        while (!endOfBytes && bytes.remaining() < UTF_8_BOM.length) {
            readMoreBytes();
        }
        if (bytes.remaining() >= UTF_8_BOM.length && bytes.get(0) == UTF_8_BOM[0] && bytes.get(1) == UTF_8_BOM[1]
                && bytes.get(2) == UTF_8_BOM[2]) {
            bytes.position(UTF_8_BOM.length);
            settle(FileEncoding.UTF_8_WITH_BOM, StandardCharsets.UTF_8);
        }
    }

    /**
     * UTF-16 and UTF-32 (with or without their byte order marks) would decode as Windows-1252
     * garbage, a letter and a NUL at a time. Their marks start with FE FF, FF FE or 00 00 FE FF, and
     * without a mark their ASCII characters carry NUL bytes, which no UTF-8 or Windows-1252 export
     * contains: so a mark or a NUL among the first bytes refuses the file before any row is read.
     */
    private void refuseWideEncodings() throws IOException {
        if (encoding != null) {
            return;
        }
        while (!endOfBytes && bytes.remaining() < 4) {
            readMoreBytes();
        }
        int first = bytes.remaining() > 0 ? bytes.get(0) & 0xFF : -1;
        int second = bytes.remaining() > 1 ? bytes.get(1) & 0xFF : -1;
        if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
            throw new UnsupportedFileEncodingException();
        }
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                throw new UnsupportedFileEncodingException();
            }
        }
    }

    /** Decodes at least one character into {@link #decoded}, or marks the end. */
    private void decodeMore() throws IOException {
        decoded.clear();
        try {
            while (decoded.position() == 0 && !finished) {
                int start = decoded.position();
                CoderResult result = decoder.decode(bytes, decoded, endOfBytes);
                if (encoding == null && decodedNonAscii(start)) {
                    settle(FileEncoding.UTF_8, StandardCharsets.UTF_8);
                }
                if (result.isError()) {
                    if (encoding == null) {
                        settle(FileEncoding.WINDOWS_1252, WINDOWS_1252);
                    }
                    // The bytes at fault are still unread; the settled decoder takes them next round.
                    continue;
                }
                if (result.isOverflow()) {
                    return;
                }
                if (endOfBytes) {
                    decoder.flush(decoded);
                    finished = true;
                } else if (decoded.position() == 0) {
                    // Only wait for the network when there is nothing to hand out yet.
                    readMoreBytes();
                }
            }
        } finally {
            decoded.flip();
        }
    }

    private boolean decodedNonAscii(int from) {
        for (int i = from; i < decoded.position(); i++) {
            if (decoded.get(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }

    private void settle(FileEncoding chosen, Charset charset) {
        encoding = chosen;
        decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        try {
            int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (count < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + count);
            }
        } finally {
            bytes.flip();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
