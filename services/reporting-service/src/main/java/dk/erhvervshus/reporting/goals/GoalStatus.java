package dk.erhvervshus.reporting.goals;

/** The verdict on a goal (the status rules in reporting-service's README). */
public enum GoalStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    NOT_MET,
    NO_DATA
}
