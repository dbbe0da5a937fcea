package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;

/**
 * What became of one CRM change event that was not rejected.
 *
 * @param duplicate true when the crmEventId was applied before; the course, version and token are
 *                  those of the first application
 */
public record CrmOutcome(String crmEventId, boolean duplicate, String courseId, Long version,
                         ConsistencyToken token) {
}
