package dk.erhvervshus.security;

import java.util.List;
import java.util.Set;

/**
 * The roles a bearer token grants, in its {@code groups} claim. The constants are compile-time
 * values so that resources can name them in {@code @RolesAllowed}.
 */
public final class Roles {

    /** Guidance course writes and the CRM batch. */
    public static final String CRM_INTEGRATION = "crm-integration";
    /** Every write of survey-service: Erhvervsstyrelsen's feeds, referrals, register figures, cohorts. */
    public static final String SURVEY_FEED = "survey-feed";
    /** A house's own staff: activity reports, and reads of the house's records and goals. */
    public static final String HOUSE_STAFF = "house-staff";
    /** Goal reads of one house. */
    public static final String DASHBOARD = "dashboard";
    /** Goal reads of every house. */
    public static final String NATIONAL = "national";
    /** Operations endpoints (parked events and the like). */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CRM_INTEGRATION, SURVEY_FEED, HOUSE_STAFF, DASHBOARD, NATIONAL, ADMIN);

    /**
     * Roles that always act for one house. A token holding one of them must name that house in its
     * {@code house} claim; without it the token would silently mean "every house".
     */
    public static final Set<String> HOUSE_BOUND = Set.of(CRM_INTEGRATION, HOUSE_STAFF, DASHBOARD);

    private Roles() {
    }
}
