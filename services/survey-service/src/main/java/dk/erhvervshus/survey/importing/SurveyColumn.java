package dk.erhvervshus.survey.importing;

/**
 * The columns of the survey export, named as the fields of the JSON API so that an error names the
 * same field either way. All are required in the header; their order does not matter.
 */
public enum SurveyColumn {
    RESPONSE_ID("responseId"),
    HOUSE("house"),
    CVR("cvr"),
    SURVEY_YEAR("surveyYear"),
    SEGMENT("segment"),
    ANSWERED_ON("answeredOn"),
    COMPETENCE_SATISFACTION("competenceSatisfaction"),
    RECOMMEND_SCORE("recommendScore"),
    EXPECTED_EFFECT("expectedEffect"),
    RECEIVED_DIGITAL_GUIDANCE("receivedDigitalGuidance"),
    RECEIVED_REFERRAL("receivedReferral"),
    USED_REFERRAL("usedReferral");

    private final String header;

    SurveyColumn(String header) {
        this.header = header;
    }

    /** The name in the header row, matched without regard to case. */
    public String header() {
        return header;
    }
}
