package dk.erhvervshus.contracts;

/** Kafka topic names. Each event family is published to exactly one topic, keyed by aggregate id. */
public final class Topics {

    /** Guidance courses and the house's goal activities, from guidance-service. */
    public static final String GUIDANCE_EVENTS = "guidance-events";

    /**
     * Erhvervsstyrelsen's feeds and register data, from survey-service: survey responses, awareness
     * surveys, referrals, company figures and effect cohorts.
     */
    public static final String SURVEY_EVENTS = "survey-events";

    private Topics() {
    }
}
