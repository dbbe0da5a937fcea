package dk.erhvervshus.reporting.goals;

import java.util.List;

/**
 * A count goal split four ways. A company with courses in several municipalities, categories or
 * themes counts once in each, so those splits can add up to more than the total; by month a
 * company counts in the month of its first course of the year, so that split adds up.
 * {@code byMonthEnd} is the count at each month's end (the running sum of {@code byMonth}), and
 * {@code previousYearByMonthEnd} the same count of the year before by the same rules: the burn-up
 * chart's two curves.
 */
public record CourseBreakdown(
        List<KeyedCount> byMunicipality,
        List<KeyedCount> byCategory,
        List<KeyedCount> byTheme,
        List<KeyedCount> byMonth,
        List<KeyedCount> byMonthEnd,
        List<KeyedCount> previousYearByMonthEnd) implements GoalBreakdown {
}
