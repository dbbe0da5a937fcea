package dk.erhvervshus.contracts.activity;

import dk.erhvervshus.contracts.DomainEvent;

/**
 * Events of one named goal activity of a house and year (goals 5 and 8–10). The aggregate id is
 * {@link #aggregateId(String, int, String)}.
 */
public sealed interface GoalActivityEvent extends DomainEvent permits GoalActivityStatusChanged {

    String house();

    int year();

    String activityId();

    static String aggregateId(String house, int year, String activityId) {
        return "activity:" + house + ":" + year + ":" + activityId;
    }
}
