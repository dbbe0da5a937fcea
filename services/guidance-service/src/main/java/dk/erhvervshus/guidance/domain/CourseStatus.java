package dk.erhvervshus.guidance.domain;

/** Where a course stands. A retracted course stops counting everywhere, whatever came before. */
public enum CourseStatus {
    STARTED,
    COMPLETED,
    RETRACTED
}
