package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.time.LocalDate;

/** The house reports progress on one named activity of its contract (goals 5 and 8–10). */
public record ChangeActivityStatus(
        String house,
        int year,
        String activityId,
        ActivityStatus status,
        String note,
        LocalDate changedOn) {

    public String aggregateId() {
        return GoalActivityEvent.aggregateId(house, year, activityId);
    }
}
