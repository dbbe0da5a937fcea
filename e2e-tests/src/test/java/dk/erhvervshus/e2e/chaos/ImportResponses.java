package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/survey-responses/import}: Erhvervsstyrelsen's export as a Danish spreadsheet
 * saves it (Windows-1252, `;`, CRLF, Danish labels and day-first dates, an empty cell for a skipped
 * question). It commits 500 rows per transaction, so a file cut off by a crash is sent again whole:
 * the rows stored before are then duplicates. Acknowledged when every row is accepted or duplicate.
 */
final class ImportResponses extends Write {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String HEADER = "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral";
    private static final Map<Segment, String> SEGMENTS = Map.of(Segment.GROWTH, "Vækst", Segment.OPERATION, "Drift");
    private static final Map<CompetenceSatisfaction, String> SATISFACTION = Map.of(
            CompetenceSatisfaction.VERY_SATISFIED, "Meget tilfreds", CompetenceSatisfaction.SATISFIED, "Tilfreds",
            CompetenceSatisfaction.NEUTRAL, "Hverken/eller", CompetenceSatisfaction.DISSATISFIED, "Utilfreds",
            CompetenceSatisfaction.VERY_DISSATISFIED, "Meget utilfreds", CompetenceSatisfaction.DONT_KNOW, "Ved ikke");
    private static final Map<ExpectedEffect, String> EFFECT = Map.of(ExpectedEffect.HIGH, "I høj grad",
            ExpectedEffect.SOME, "I nogen grad", ExpectedEffect.LOW, "I lav grad", ExpectedEffect.NONE, "Slet ikke",
            ExpectedEffect.DONT_KNOW, "Ved ikke");
    private static final Map<ReferralUse, String> USE = Map.of(ReferralUse.YES, "Ja", ReferralUse.NO, "Nej",
            ReferralUse.DONT_KNOW, "Ved ikke");

    private final List<SurveyAnswer> answers;
    private byte[] file;

    ImportResponses(Lane lane, List<SurveyAnswer> answers) {
        super(lane);
        this.answers = List.copyOf(answers);
    }

    /** The same export imported once more, as a feed does: every row a duplicate. */
    ImportResponses again() {
        return new ImportResponses(lane(), answers);
    }

    @Override
    String kind() {
        return "survey responses (CSV import)";
    }

    @Override
    int events() {
        return answers.size();
    }

    @Override
    Attempt attempt(ServiceClient client) {
        return Attempt.judge(client.post("/api/v1/survey-responses/import", "text/csv", file(), Map.of()), answer -> {
            JsonNode summary = answer.json().path("summary");
            int rows = summary.path("rowsRead").asInt(-1);
            int stored = summary.path("accepted").asInt() + summary.path("duplicates").asInt();
            if (rows != answers.size() || stored != rows || summary.path("rejected").asInt() != 0) {
                return new Attempt.Refused("import of " + answers.size() + " rows answered " + answer.excerpt());
            }
            return Attempt.ACKNOWLEDGED;
        });
    }

    @Override
    void record(GroundTruth truth) {
        answers.forEach(truth::responseRecorded);
    }

    private byte[] file() {
        if (file == null) {
            StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
            for (SurveyAnswer a : answers) {
                csv.append(String.join(";", a.responseId(), Course.HOUSE, a.cvr(), String.valueOf(a.surveyYear()),
                        SEGMENTS.get(a.segment()), DANISH_DATE.format(a.answeredOn()),
                        label(SATISFACTION, a.competenceSatisfaction()),
                        a.recommendScore() == null ? "" : String.valueOf(a.recommendScore()),
                        label(EFFECT, a.expectedEffect()), yesNo(a.receivedDigitalGuidance()),
                        yesNo(a.receivedReferral()), label(USE, a.usedReferral()))).append("\r\n");
            }
            file = csv.toString().getBytes(WINDOWS_1252);
        }
        return file;
    }

    private static <T> String label(Map<T, String> labels, T code) {
        return code == null ? "" : labels.get(code);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Ja" : "Nej";
    }
}
