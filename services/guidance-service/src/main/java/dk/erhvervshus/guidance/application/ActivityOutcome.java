package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.codes.ActivityStatus;

/**
 * @param status  the activity's status after the request
 * @param changed false when the activity already had that status and nothing was appended
 * @param token   the report's consistency token (0 events when nothing was appended)
 */
public record ActivityOutcome(String house, int year, String activityId, ActivityStatus status, long version,
                              boolean changed, ConsistencyToken token) {
}
