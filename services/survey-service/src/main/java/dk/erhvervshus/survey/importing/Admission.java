package dk.erhvervshus.survey.importing;

/** What the store made of a valid row. */
public enum Admission {
    /** Recorded now. */
    ACCEPTED,
    /**
     * Its house already has a response of this responseId (earlier in this file or in an earlier
     * one); nothing changed. Another house's response of the same id does not count.
     */
    DUPLICATE
}
