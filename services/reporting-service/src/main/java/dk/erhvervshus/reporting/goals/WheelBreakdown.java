package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * Goal 5's detail: how often the sustainability wheel was used, how often it was used where it fits
 * best (green-transition courses; share in percent units, null when there are none), and the
 * self-help activity. {@code byMonthEnd} counts the courses with the wheel started by each month's
 * end of the year, {@code previousYearByMonthEnd} the same of the year before (the burn-up chart's
 * two curves).
 */
public record WheelBreakdown(
        long coursesInYear,
        long wheelUsedCourses,
        long greenTransitionCourses,
        long greenTransitionCoursesWithWheel,
        Fraction greenTransitionWheelShare,
        ActivityProgress selfHelpActivity,
        List<KeyedCount> byMonthEnd,
        List<KeyedCount> previousYearByMonthEnd) implements GoalBreakdown {
}
