package dk.erhvervshus.survey.importing;

/** What the store made of a valid row. */
public enum Admission {
    /** Recorded now. */
    ACCEPTED,
    /** Its responseId was recorded before (earlier in this file or in an earlier one); nothing changed. */
    DUPLICATE,
    /**
     * Its responseId is already the id of another kind of record (an awareness survey, a referral,
     * an effect cohort): ids share one namespace in the event store, so the row is rejected.
     */
    ID_TAKEN
}
