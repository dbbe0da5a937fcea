package dk.erhvervshus.contracts.codes;

/** How the company came to the house. */
public enum CourseOrigin {
    DIRECT,
    LOCAL_BUSINESS_OFFICE,
    MUNICIPAL_GREEN_SCREENING,
    OTHER
}
