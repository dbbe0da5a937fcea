package dk.erhvervshus.guidance.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;

import java.time.Duration;
import java.util.List;

/** Real signed tokens of this service's callers, for tests about who may do what. */
final class Callers {

    private static final Duration TTL = Duration.ofHours(1);

    private Callers() {
    }

    /** A CRM integration of {@code house}, as client {@code subject}. */
    static String crm(String subject, String house) {
        return RealInfraTestResource.tokens().token(subject, List.of("crm-integration"), house, TTL);
    }

    static String crm(String house) {
        return crm("crm-" + house, house);
    }

    /** A member of {@code house}'s staff. */
    static String staff(String house) {
        return RealInfraTestResource.tokens().token("staff-" + house, List.of("house-staff"), house, TTL);
    }

    static String role(String role, String house) {
        return RealInfraTestResource.tokens().token(role, house);
    }
}
