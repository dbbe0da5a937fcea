package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One of survey-service's single-record writes — an awareness survey, a referral, a referral's
 * outcome, an effect cohort — answered with a {@code status}: sent again it is a duplicate, or
 * unchanged, never a second record.
 */
final class SurveyRecord extends Write {

    private final String kind;
    private final String path;
    private final ObjectNode body;
    private final Set<String> acknowledging;
    private final Consumer<GroundTruth> recorder;

    private SurveyRecord(Lane lane, String kind, String path, ObjectNode body, Set<String> acknowledging,
                         Consumer<GroundTruth> recorder) {
        super(lane);
        this.kind = kind;
        this.path = path;
        this.body = body;
        this.acknowledging = acknowledging;
        this.recorder = recorder;
    }

    static SurveyRecord awarenessSurvey(Lane lane, AwarenessSurvey s) {
        ObjectNode body = Json.object();
        Json.put(body, "surveyId", s.surveyId());
        Json.put(body, "house", Course.HOUSE);
        Json.put(body, "year", s.year());
        Json.put(body, "respondents", s.respondents());
        Json.put(body, "awareOfHouse", s.awareOfHouse());
        Json.put(body, "awareOfGreenServices", s.awareOfGreenServices());
        Json.put(body, "conductedOn", s.conductedOn());
        return new SurveyRecord(lane, "awareness survey", "/api/v1/awareness-surveys", body,
                Set.of("accepted", "duplicate"), truth -> truth.awarenessSurveyRecorded(s));
    }

    static SurveyRecord referral(Lane lane, Referral r) {
        ObjectNode body = Json.object();
        Json.put(body, "referralId", r.referralId());
        Json.put(body, "house", Course.HOUSE);
        Json.put(body, "cvr", r.cvr());
        Json.put(body, "referredOn", r.referredOn());
        Json.put(body, "direction", r.direction());
        Json.put(body, "counterpartType", r.counterpartType());
        Json.put(body, "counterpartName", r.counterpartName());
        Json.put(body, "municipalityCode", r.municipalityCode());
        return new SurveyRecord(lane, "referral", "/api/v1/referrals", body, Set.of("accepted", "duplicate"),
                truth -> truth.referralMade(r));
    }

    /** The outcome names its house in the body: the national feed's token has no house claim. */
    static SurveyRecord outcome(Lane lane, String referralId, boolean used, java.time.LocalDate reportedOn) {
        ObjectNode body = Json.object();
        Json.put(body, "house", Course.HOUSE);
        Json.put(body, "used", used);
        Json.put(body, "reportedOn", reportedOn);
        return new SurveyRecord(lane, "referral outcome", "/api/v1/referrals/" + referralId + "/outcome", body,
                Set.of("accepted", "unchanged"), truth -> truth.referralOutcomeReported(referralId, used, reportedOn));
    }

    static SurveyRecord cohort(Lane lane, EffectCohort c) {
        ObjectNode body = Json.object();
        Json.put(body, "cohortId", c.cohortId());
        Json.put(body, "house", Course.HOUSE);
        Json.put(body, "cohortYear", c.cohortYear());
        Json.put(body, "segment", c.segment());
        Json.put(body, "treated", c.treated());
        Json.put(body, "control", c.control());
        return new SurveyRecord(lane, "effect cohort", "/api/v1/effect-cohorts", body,
                Set.of("accepted", "redefined", "unchanged"), truth -> truth.cohortDefined(c));
    }

    @Override
    String kind() {
        return kind;
    }

    @Override
    int events() {
        return 1;
    }

    @Override
    Attempt attempt(ServiceClient client) {
        return Attempt.judge(client.post(path, Json.TYPE, Json.bytes(body), java.util.Map.of()), answer ->
                acknowledging.contains(answer.json().path("status").asText()) ? Attempt.ACKNOWLEDGED
                        : new Attempt.Refused(kind + " answered " + answer.excerpt()));
    }

    @Override
    void record(GroundTruth truth) {
        recorder.accept(truth);
    }
}
