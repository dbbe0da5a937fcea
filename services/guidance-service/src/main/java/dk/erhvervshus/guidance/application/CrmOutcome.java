package dk.erhvervshus.guidance.application;

/**
 * What became of one CRM change event that was not rejected.
 *
 * @param duplicate true when the crmEventId was applied before; the course and version are those
 *                  of the first application
 */
public record CrmOutcome(String crmEventId, boolean duplicate, String courseId, Long version) {
}
