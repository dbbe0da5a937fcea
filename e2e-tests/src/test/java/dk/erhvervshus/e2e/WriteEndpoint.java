package dk.erhvervshus.e2e;

/**
 * The write endpoints the invalid-body properties cover, with the caller that would use each and
 * what a refusal may look like: a single-record endpoint must answer 4xx; a batch endpoint may
 * instead answer 200 when the body was readable, provided every item was rejected.
 */
enum WriteEndpoint {

    REGISTER_COURSE("POST /api/v1/guidance-courses", Caller.CRM, Refusal.WHOLE_REQUEST),
    COMPLETE_COURSE("POST /api/v1/guidance-courses/{id}/completion", Caller.CRM, Refusal.WHOLE_REQUEST),
    RETRACT_COURSE("POST /api/v1/guidance-courses/{id}/retraction", Caller.CRM, Refusal.WHOLE_REQUEST),
    CRM_BATCH("POST /api/v1/crm/guidance-events", Caller.CRM, Refusal.CRM_ITEMS),
    REPORT_ACTIVITY("PUT /api/v1/houses/{house}/years/{year}/activities/{activityId}", Caller.HOUSE_STAFF, Refusal.WHOLE_REQUEST),
    SURVEY_RESPONSE("POST /api/v1/survey-responses (object)", Caller.SURVEY_FEED, Refusal.WHOLE_REQUEST),
    SURVEY_RESPONSE_BATCH("POST /api/v1/survey-responses (array)", Caller.SURVEY_FEED, Refusal.SURVEY_ITEMS),
    SURVEY_CSV_IMPORT("POST /api/v1/survey-responses/import", Caller.SURVEY_FEED, Refusal.CSV_ROWS),
    AWARENESS_SURVEY("POST /api/v1/awareness-surveys", Caller.SURVEY_FEED, Refusal.WHOLE_REQUEST),
    REFERRAL("POST /api/v1/referrals", Caller.SURVEY_FEED, Refusal.WHOLE_REQUEST),
    REFERRAL_OUTCOME("POST /api/v1/referrals/{id}/outcome", Caller.SURVEY_FEED, Refusal.WHOLE_REQUEST),
    COMPANY_FIGURES("POST /api/v1/company-figures", Caller.SURVEY_FEED, Refusal.FIGURES_ITEMS),
    EFFECT_COHORT("POST /api/v1/effect-cohorts", Caller.SURVEY_FEED, Refusal.WHOLE_REQUEST);

    /** How the endpoint may refuse: only with a 4xx, or also with a 200 that rejects every item or row. */
    enum Refusal { WHOLE_REQUEST, CRM_ITEMS, SURVEY_ITEMS, FIGURES_ITEMS, CSV_ROWS }

    private final String label;
    final Caller caller;
    final Refusal refusal;

    WriteEndpoint(String label, Caller caller, Refusal refusal) {
        this.label = label;
        this.caller = caller;
        this.refusal = refusal;
    }

    String label() {
        return label;
    }

    String method() {
        return label.substring(0, label.indexOf(' '));
    }
}
