package dk.erhvervshus.reporting.goals;

/** The verdict on a goal (DOMAIN.md "Status of a goal"). */
public enum GoalStatus {
    MET,
    ON_TRACK,
    AT_RISK,
    NOT_MET,
    NO_DATA
}
