package dk.erhvervshus.reporting.projection;

import java.util.Set;

/** A committed batch marked these house-years' goals for derivation (a CDI event: the maintainer wakes). */
public record GoalsMarked(Set<GoalYear> marks) {
}
