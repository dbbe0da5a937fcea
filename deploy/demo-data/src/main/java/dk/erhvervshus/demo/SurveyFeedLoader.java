package dk.erhvervshus.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Loads the demo survey feeds into survey-service through its public API: half of the user
 * evaluation as a CSV export in Danish, the other half as JSON batches, then awareness surveys,
 * referrals with outcomes, register figures and goal 6's cohorts.
 */
final class SurveyFeedLoader {

    private static final int BATCH_SIZE = 500;

    private final PublicApiClient api;
    private final Map<String, Integer> outcomes;

    SurveyFeedLoader(PublicApiClient api, Map<String, Integer> outcomes) {
        this.api = api;
        this.outcomes = outcomes;
    }

    void load(String house, DemoSurveyData data) throws Exception {
        List<DemoSurveyData.Response> responses = data.responses();
        int half = responses.size() / 2;
        count(api.postCsv("/api/v1/survey-responses/import", DanishSurveyExport.write(house, responses.subList(0, half))));
        for (int from = half; from < responses.size(); from += BATCH_SIZE) {
            ArrayNode batch = api.mapper().createArrayNode();
            responses.subList(from, Math.min(responses.size(), from + BATCH_SIZE)).forEach(r -> batch.add(json(house, r)));
            count(api.postJson("/api/v1/survey-responses", batch));
        }
        for (DemoSurveyData.Awareness a : data.awarenessSurveys()) {
            api.postJson("/api/v1/awareness-surveys", api.mapper().createObjectNode()
                    .put("surveyId", a.surveyId()).put("house", house).put("year", a.year())
                    .put("respondents", a.respondents()).put("awareOfHouse", a.awareOfHouse())
                    .put("awareOfGreenServices", a.awareOfGreenServices()).put("conductedOn", a.conductedOn().toString()));
            tally("awareness surveys");
        }
        for (DemoSurveyData.Referral r : data.referrals()) {
            api.postJson("/api/v1/referrals", api.mapper().createObjectNode()
                    .put("referralId", r.referralId()).put("house", house).put("cvr", r.cvr())
                    .put("referredOn", r.referredOn().toString()).put("direction", "OUTBOUND")
                    .put("counterpartType", r.counterpartType()).put("counterpartName", r.counterpartName())
                    .put("municipalityCode", r.municipalityCode()));
            tally("referrals");
            if (r.used() != null) {
                // The national feed's token has no house claim, so the outcome names the referral's house.
                api.postJson("/api/v1/referrals/" + r.referralId() + "/outcome", api.mapper().createObjectNode()
                        .put("house", house).put("used", r.used()).put("reportedOn", r.reportedOn().toString()));
                tally("referral outcomes");
            }
        }
        List<DemoSurveyData.Figures> figures = data.figures();
        for (int from = 0; from < figures.size(); from += BATCH_SIZE) {
            ArrayNode batch = api.mapper().createArrayNode();
            for (DemoSurveyData.Figures f : figures.subList(from, Math.min(figures.size(), from + BATCH_SIZE))) {
                batch.add(api.mapper().createObjectNode().put("cvr", f.cvr()).put("year", f.year())
                        .put("revenueDkk", f.revenueDkk()).put("fte", f.fte()));
            }
            api.postJson("/api/v1/company-figures", batch);
            outcomes.merge("company figures", batch.size(), Integer::sum);
        }
        for (DemoSurveyData.Cohort c : data.cohorts()) {
            ObjectNode cohort = api.mapper().createObjectNode().put("cohortId", c.cohortId()).put("house", house)
                    .put("cohortYear", c.cohortYear()).put("segment", c.segment());
            c.treated().forEach(cohort.putArray("treated")::add);
            c.control().forEach(cohort.putArray("control")::add);
            api.postJson("/api/v1/effect-cohorts", cohort);
            tally("effect cohorts");
        }
    }

    private ObjectNode json(String house, DemoSurveyData.Response r) {
        ObjectNode node = api.mapper().createObjectNode()
                .put("responseId", r.responseId()).put("house", house).put("cvr", r.cvr())
                .put("surveyYear", r.surveyYear()).put("segment", r.segment())
                .put("answeredOn", r.answeredOn().toString());
        putIfAnswered(node, "competenceSatisfaction", r.competenceSatisfaction());
        if (r.recommendScore() != null) {
            node.put("recommendScore", r.recommendScore());
        }
        putIfAnswered(node, "expectedEffect", r.expectedEffect());
        if (r.receivedDigitalGuidance() != null) {
            node.put("receivedDigitalGuidance", r.receivedDigitalGuidance());
        }
        if (r.receivedReferral() != null) {
            node.put("receivedReferral", r.receivedReferral());
        }
        putIfAnswered(node, "usedReferral", r.usedReferral());
        return node;
    }

    private static void putIfAnswered(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Adds a batch answer's summary (accepted / duplicates / rejected) to the tally. */
    private void count(JsonNode answer) {
        JsonNode summary = answer.path("summary");
        for (String outcome : List.of("accepted", "duplicates", "rejected")) {
            int n = summary.path(outcome).asInt(0);
            if (n > 0) {
                outcomes.merge("survey responses " + outcome, n, Integer::sum);
            }
        }
        if (summary.path("rejected").asInt(0) > 0) {
            System.err.println("rejected survey rows: " + answer);
            outcomes.merge("rejected", summary.path("rejected").asInt(), Integer::sum);
        }
    }

    private void tally(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }
}
