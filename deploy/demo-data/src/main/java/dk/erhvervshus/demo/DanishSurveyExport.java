package dk.erhvervshus.demo;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes user-evaluation answers as Erhvervsstyrelsen's export does: {@code ;}-separated, a header
 * row, Danish answer labels, Danish dates, Windows-1252 (what a Danish Excel saves), an empty cell
 * for a question left unanswered.
 */
final class DanishSurveyExport {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("GROWTH", "Vækst"), Map.entry("OPERATION", "Drift"),
            Map.entry("VERY_SATISFIED", "Meget tilfreds"), Map.entry("SATISFIED", "Tilfreds"),
            Map.entry("NEUTRAL", "Hverken/eller"), Map.entry("DISSATISFIED", "Utilfreds"),
            Map.entry("VERY_DISSATISFIED", "Meget utilfreds"), Map.entry("DONT_KNOW", "Ved ikke"),
            Map.entry("HIGH", "I høj grad"), Map.entry("SOME", "I nogen grad"), Map.entry("LOW", "I lav grad"),
            Map.entry("NONE", "Slet ikke"), Map.entry("YES", "Ja"), Map.entry("NO", "Nej"));

    private DanishSurveyExport() {
    }

    static byte[] write(String house, List<DemoSurveyData.Response> responses) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DemoSurveyData.Response r : responses) {
            csv.append(String.join(";", r.responseId(), house, r.cvr(), String.valueOf(r.surveyYear()),
                    label(r.segment()), r.answeredOn().format(DANISH_DATE), label(r.competenceSatisfaction()),
                    r.recommendScore() == null ? "" : r.recommendScore().toString(), label(r.expectedEffect()),
                    yesNo(r.receivedDigitalGuidance()), yesNo(r.receivedReferral()), label(r.usedReferral())))
                    .append("\r\n");
        }
        return csv.toString().getBytes(WINDOWS_1252);
    }

    private static String label(String code) {
        return code == null ? "" : LABELS.get(code);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Ja" : "Nej";
    }
}
