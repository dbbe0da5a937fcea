package dk.erhvervshus.reporting.goals;

/**
 * Goal 5's detail: how often the sustainability wheel was used, how often it was used where it fits
 * best (green-transition courses; share in percent units, null when there are none), and the
 * self-help activity.
 */
public record WheelBreakdown(
        long coursesInYear,
        long wheelUsedCourses,
        long greenTransitionCourses,
        long greenTransitionCoursesWithWheel,
        Fraction greenTransitionWheelShare,
        ActivityProgress selfHelpActivity) implements GoalBreakdown {
}
