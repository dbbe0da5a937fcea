package dk.erhvervshus.survey.importing;

/** What the store made of a valid row. */
public enum Admission {
    /** Recorded now. */
    ACCEPTED,
    /** Its responseId was recorded before (earlier in this file or in an earlier one); nothing changed. */
    DUPLICATE
}
