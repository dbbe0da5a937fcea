package dk.erhvervshus.survey.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds survey export files as bytes, in the encodings Danish spreadsheets save. */
final class ExportFile {

    static final String HEADER = "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExportFile() {
    }

    /** A complete, valid row in the export's Danish labels. */
    static String row(String responseId, String cvr) {
        return responseId + ";nordjylland;" + cvr + ";2023;Vækst;02-05-2023;Meget tilfreds;9;I høj grad;Ja;Ja;Ja";
    }

    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static InputStream utf8(String... lines) {
        return new ByteArrayInputStream(lines(lines).getBytes(StandardCharsets.UTF_8));
    }

    static InputStream utf8WithBom(String... lines) {
        return concat(BOM, lines(lines).getBytes(StandardCharsets.UTF_8));
    }

    static InputStream windows1252(String... lines) {
        return new ByteArrayInputStream(lines(lines).getBytes(WINDOWS_1252));
    }

    static InputStream concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return new ByteArrayInputStream(all.toByteArray());
    }

    static List<String> header() {
        return List.of(HEADER.split(";"));
    }
}
