package dk.erhvervshus.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV upload under construction: Erhvervsstyrelsen's export (';'-separated, Danish labels and
 * dates, Windows-1252, CRLF) whose rows or file mutations make it invalid.
 */
final class CsvDraft {

    static final List<String> HEADER = List.of("responseId", "house", "cvr", "surveyYear", "segment", "answeredOn",
            "competenceSatisfaction", "recommendScore", "expectedEffect", "receivedDigitalGuidance", "receivedReferral",
            "usedReferral");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    List<String> header = new ArrayList<>(HEADER);
    final List<List<String>> rows = new ArrayList<>();
    boolean empty;
    Charset charset = WINDOWS_1252;
    String contentType = "text/csv";
    String query = "";
    final List<String> mutations = new ArrayList<>();

    /** A valid row with a fresh responseId and CVR. */
    static List<String> validRow() {
        return new ArrayList<>(List.of(FreshIds.id("PB-CSV"), "nordjylland", FreshIds.cvr(), "2023", "Vækst",
                "02-05-2023", "Meget tilfreds", "9", "I høj grad", "Ja", "Ja", "Ja"));
    }

    InvalidRequest render(String path) {
        byte[] body;
        if (empty) {
            body = new byte[0];
        } else {
            StringBuilder text = new StringBuilder(String.join(";", header)).append("\r\n");
            for (List<String> row : rows) {
                text.append(String.join(";", row)).append("\r\n");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (charset.equals(StandardCharsets.UTF_16LE)) {
                out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
            }
            out.writeBytes(text.toString().getBytes(charset));
            body = out.toByteArray();
        }
        return new InvalidRequest(WriteEndpoint.SURVEY_CSV_IMPORT, path + query, contentType, body, 0, List.copyOf(mutations));
    }
}
