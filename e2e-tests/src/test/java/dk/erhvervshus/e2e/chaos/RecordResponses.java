package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/survey-responses} with one JSON object (201 accepted, 200 duplicate) or an
 * array (200, a result per item). A response sent again is a duplicate: the responseId decides.
 */
final class RecordResponses extends Write {

    private final List<SurveyAnswer> answers;
    private final boolean asArray;

    private RecordResponses(Lane lane, List<SurveyAnswer> answers, boolean asArray) {
        super(lane);
        this.answers = List.copyOf(answers);
        this.asArray = asArray;
    }

    static RecordResponses one(Lane lane, SurveyAnswer answer) {
        return new RecordResponses(lane, List.of(answer), false);
    }

    static RecordResponses batch(Lane lane, List<SurveyAnswer> answers) {
        return new RecordResponses(lane, answers, true);
    }

    @Override
    String kind() {
        return asArray ? "survey responses (JSON batch)" : "survey response (JSON)";
    }

    @Override
    int events() {
        return answers.size();
    }

    @Override
    Attempt attempt(ServiceClient client) {
        JsonNode body;
        if (asArray) {
            ArrayNode array = Json.array();
            answers.forEach(answer -> array.add(json(answer)));
            body = array;
        } else {
            body = json(answers.get(0));
        }
        return Attempt.judge(client.post("/api/v1/survey-responses", Json.TYPE, Json.bytes(body), java.util.Map.of()),
                asArray ? this::judgeBatch : RecordResponses::judgeOne);
    }

    private static Attempt judgeOne(Answer answer) {
        String status = answer.json().path("status").asText();
        return Set.of("accepted", "duplicate").contains(status) ? Attempt.ACKNOWLEDGED
                : new Attempt.Refused("survey response answered " + answer.excerpt());
    }

    private Attempt judgeBatch(Answer answer) {
        return Attempt.judgeItems(answer, answers.size(), "responses", Set.of("accepted", "duplicate"));
    }

    @Override
    void record(GroundTruth truth) {
        answers.forEach(truth::responseRecorded);
    }

    static ObjectNode json(SurveyAnswer a) {
        ObjectNode node = Json.object();
        Json.put(node, "responseId", a.responseId());
        Json.put(node, "house", Course.HOUSE);
        Json.put(node, "cvr", a.cvr());
        Json.put(node, "surveyYear", a.surveyYear());
        Json.put(node, "segment", a.segment());
        Json.put(node, "answeredOn", a.answeredOn());
        Json.put(node, "competenceSatisfaction", a.competenceSatisfaction());
        Json.put(node, "recommendScore", a.recommendScore());
        Json.put(node, "expectedEffect", a.expectedEffect());
        Json.put(node, "receivedDigitalGuidance", a.receivedDigitalGuidance());
        Json.put(node, "receivedReferral", a.receivedReferral());
        Json.put(node, "usedReferral", a.usedReferral());
        return node;
    }
}
