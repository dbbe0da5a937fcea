package dk.erhvervshus.stack;

import java.util.List;
import java.util.Set;

/**
 * The roles a token of the stack can carry (its {@code groups} claim). The services decide what
 * each role may do; this list only lets the token tool refuse a typo instead of minting a token
 * that every endpoint answers with 403.
 */
public final class Roles {

    public static final String CRM_INTEGRATION = "crm-integration";
    public static final String SURVEY_FEED = "survey-feed";
    public static final String HOUSE_STAFF = "house-staff";
    public static final String DASHBOARD = "dashboard";
    public static final String NATIONAL = "national";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(CRM_INTEGRATION, SURVEY_FEED, HOUSE_STAFF, DASHBOARD, NATIONAL, ADMIN);

    /** Roles that act for one Erhvervshus: their tokens must name it in the {@code house} claim. */
    public static final Set<String> HOUSE_BOUND = Set.of(CRM_INTEGRATION, HOUSE_STAFF, DASHBOARD);

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }

    public static boolean isHouseBound(String role) {
        return HOUSE_BOUND.contains(role);
    }
}
