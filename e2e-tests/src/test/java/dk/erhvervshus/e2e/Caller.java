package dk.erhvervshus.e2e;

/**
 * The clients of the system as the end-to-end tests play them, each with the token it would hold
 * (platform/security's roles and house rule): the CRM integration and the staff of Erhvervshus
 * Nordjylland, Erhvervsstyrelsen's national survey feed (no house claim), and a dashboard.
 */
public enum Caller {

    CRM("e2e-crm-nordjylland", "crm-integration", "nordjylland"),
    HOUSE_STAFF("e2e-staff-nordjylland", "house-staff", "nordjylland"),
    SURVEY_FEED("e2e-erhvervsstyrelsen", "survey-feed", null),
    DASHBOARD("e2e-dashboard-nordjylland", "dashboard", "nordjylland");

    public final String subject;
    public final String role;
    /** The token's house claim; null for a national caller. */
    public final String house;

    Caller(String subject, String role, String house) {
        this.subject = subject;
        this.role = role;
        this.house = house;
    }
}
