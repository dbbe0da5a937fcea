package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.codes.ActivityStatus;

/**
 * @param status  the activity's status after the request
 * @param changed false when the activity already had that status and nothing was appended
 */
public record ActivityOutcome(String house, int year, String activityId, ActivityStatus status, long version,
                              boolean changed) {
}
