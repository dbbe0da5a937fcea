package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.Caller;

/**
 * The clients of the load, each one thread sending its writes one after the other with its
 * caller's token: a client waits for the answer to a write (retrying it until acknowledged) before
 * it sends the next, so the writes of one aggregate, which always belong to one lane, arrive in
 * order, as a real CRM or feed sends them. Different lanes run in parallel.
 */
enum Lane {

    /** Two CRM integrations of the house, each with its own courses and crmEventIds. */
    CRM_1(Caller.CRM, Target.GUIDANCE),
    CRM_2(Caller.CRM, Target.GUIDANCE),
    /** Direct registrations, completions and retractions through the course endpoints. */
    REGISTRAR(Caller.CRM, Target.GUIDANCE),
    /** The house's staff reporting goal activities. */
    STAFF(Caller.HOUSE_STAFF, Target.GUIDANCE),
    /** Erhvervsstyrelsen's feed: survey responses as JSON (one, or a batch). */
    SURVEY_JSON(Caller.SURVEY_FEED, Target.SURVEY),
    /** The same feed's Danish CSV exports. */
    SURVEY_CSV(Caller.SURVEY_FEED, Target.SURVEY),
    /** Referrals and their outcomes. */
    REFERRALS(Caller.SURVEY_FEED, Target.SURVEY),
    /** Register figures, effect cohorts and awareness surveys. */
    REGISTER(Caller.SURVEY_FEED, Target.SURVEY);

    enum Target { GUIDANCE, SURVEY }

    final Caller caller;
    final Target target;

    Lane(Caller caller, Target target) {
        this.caller = caller;
        this.target = target;
    }
}
