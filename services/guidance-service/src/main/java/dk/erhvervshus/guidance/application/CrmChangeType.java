package dk.erhvervshus.guidance.application;

/** The kinds of change event the CRM pushes (the v1 contract); the wire spelling is the constant's name. */
public enum CrmChangeType {
    COURSE_STARTED,
    COURSE_UPDATED,
    COURSE_COMPLETED,
    COURSE_RETRACTED
}
