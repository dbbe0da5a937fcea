package dk.erhvervshus.survey.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static dk.erhvervshus.survey.importing.ExportFile.WINDOWS_1252;
import static dk.erhvervshus.survey.importing.ExportFile.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingDetectingReaderTest {

    private static final String DANISH = "Vækst;Hverken/eller;I høj grad;Brønderslev;Læsø;Århus";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static Decoded read(InputStream bytes) throws IOException {
        EncodingDetectingReader reader = new EncodingDetectingReader(bytes);
        String text = readAll(reader);
        return new Decoded(text, reader.encoding());
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[100];
        for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    private static InputStream bytes(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A network stream may hand over one byte at a time; a character must not break apart. */
    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private record Decoded(String text, FileEncoding encoding) {
    }

    @Test
    void utf8_without_a_byte_order_mark_is_read_as_utf8() throws IOException {
        Decoded decoded = read(bytes(DANISH.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(DANISH);
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.UTF_8);
    }

    @Test
    void the_byte_order_mark_is_dropped_and_settles_utf8() throws IOException {
        Decoded decoded = read(concat(BOM, DANISH.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(DANISH);
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.UTF_8_WITH_BOM);
    }

    @Test
    void windows_1252_ae_oe_aa_are_read_as_the_letters_they_are() throws IOException {
        Decoded decoded = read(bytes(DANISH.getBytes(WINDOWS_1252)));

        assertThat(decoded.text()).isEqualTo(DANISH);
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
    }

    @Test
    void a_first_danish_letter_far_into_a_windows_1252_file_is_still_read_right() throws IOException {
        String text = "responseId;house\n".repeat(5_000) + DANISH;

        Decoded decoded = read(bytes(text.getBytes(WINDOWS_1252)));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
    }

    @Test
    void plain_ascii_reads_the_same_either_way_and_counts_as_utf8() throws IOException {
        assertThat(read(bytes("responseId;house\r\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(new Decoded("responseId;house\r\n", FileEncoding.UTF_8));
    }

    @Test
    void a_utf8_letter_split_over_the_read_buffer_boundary_stays_whole() throws IOException {
        String text = "a".repeat(8_191) + "æøå" + "b".repeat(8_190) + "Ø";

        assertThat(read(bytes(text.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(text);
        assertThat(read(oneByteAtATime(text.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(text);
    }

    @Test
    void a_stream_handing_over_one_byte_at_a_time_is_read_right_in_both_encodings() throws IOException {
        assertThat(read(oneByteAtATime(DANISH.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new Decoded(DANISH, FileEncoding.UTF_8));
        assertThat(read(oneByteAtATime(DANISH.getBytes(WINDOWS_1252))))
                .isEqualTo(new Decoded(DANISH, FileEncoding.WINDOWS_1252));
        assertThat(read(oneByteAtATime(concat(BOM, DANISH.getBytes(StandardCharsets.UTF_8)).readAllBytes())))
                .isEqualTo(new Decoded(DANISH, FileEncoding.UTF_8_WITH_BOM));
    }

    @Test
    void a_windows_1252_byte_in_a_file_already_known_as_utf8_becomes_a_replacement_character() throws IOException {
        Decoded decoded = read(concat("Vækst\n".getBytes(StandardCharsets.UTF_8), "Læsø\n".getBytes(WINDOWS_1252),
                "Drift".getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo("Vækst\nL\uFFFDs\uFFFD\nDrift");
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.UTF_8);
    }

    @Test
    void a_byte_windows_1252_leaves_undefined_becomes_a_replacement_character() throws IOException {
        Decoded decoded = read(concat("Læsø ".getBytes(WINDOWS_1252), new byte[] {(byte) 0x81}));

        assertThat(decoded.text()).isEqualTo("Læsø \uFFFD");
        assertThat(decoded.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
    }

    @Test
    void a_utf8_file_cut_in_the_middle_of_a_letter_ends_in_a_replacement_character() throws IOException {
        assertThat(read(concat("Læsø".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3})).text())
                .isEqualTo("Læsø\uFFFD");
    }

    @Test
    void an_empty_stream_and_a_lone_byte_order_mark_are_both_no_text() throws IOException {
        assertThat(read(bytes(new byte[0]))).isEqualTo(new Decoded("", FileEncoding.UTF_8));
        assertThat(read(bytes(BOM))).isEqualTo(new Decoded("", FileEncoding.UTF_8_WITH_BOM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"})
    void a_utf16_or_utf32_file_with_or_without_byte_order_mark_is_refused_before_any_text(String encoding) {
        Charset charset = Charset.forName(encoding);
        byte[] withoutMark = "responseId;house\nES-1;nordjylland\n".getBytes(charset);
        byte[] mark = encoding.startsWith("UTF-16") ? bom(encoding) : new byte[0];
        byte[] withMark = new byte[mark.length + withoutMark.length];
        System.arraycopy(mark, 0, withMark, 0, mark.length);
        System.arraycopy(withoutMark, 0, withMark, mark.length, withoutMark.length);

        assertThatThrownBy(() -> new EncodingDetectingReader(new ByteArrayInputStream(withoutMark)))
                .isInstanceOf(UnsupportedFileEncodingException.class)
                .hasMessage("encoding not supported: send UTF-8 or Windows-1252");
        assertThatThrownBy(() -> new EncodingDetectingReader(new ByteArrayInputStream(withMark)))
                .isInstanceOf(UnsupportedFileEncodingException.class);
    }

    private static byte[] bom(String encoding) {
        return encoding.endsWith("LE") ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
    }
}
