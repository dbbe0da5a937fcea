package dk.erhvervshus.contracts.activity;

import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.LocalDate;

/**
 * The house reported new progress on an activity of its contract.
 *
 * @param changedOn the business date the status holds from; goal answers "as of" a date use it
 */
public record GoalActivityStatusChanged(
        String house,
        int year,
        String activityId,
        ActivityStatus status,
        String note,
        LocalDate changedOn) implements GoalActivityEvent {
}
