package dk.erhvervshus.reporting.goals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A count goal's actual at the end of each month of a year: the series its burn-up chart draws
 * against the pro-rata line. Keys are {@code YYYY-MM}, twelve of them. The courses are put in
 * their month once and counted month by month (the order within a month does not change a
 * month-end level), so a series costs one pass over the courses, not a count per month.
 */
final class MonthEnds {

    private MonthEnds() {
    }

    /**
     * Feeds the courses of {@code year} to {@code count} month by month, and reads {@code level}
     * at each month's end (courses of other years are ignored).
     */
    static List<KeyedCount> sweep(int year, List<GuidedCourse> courses, Consumer<GuidedCourse> count,
                                  LongSupplier level) {
        List<List<GuidedCourse>> byMonth = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            byMonth.add(new ArrayList<>());
        }
        for (GuidedCourse course : courses) {
            if (course.startedOn().getYear() == year) {
                byMonth.get(course.startedOn().getMonthValue() - 1).add(course);
            }
        }
        List<KeyedCount> levels = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            byMonth.get(month - 1).forEach(count);
            levels.add(new KeyedCount(YearMonth.of(year, month).toString(), null, level.getAsLong()));
        }
        return levels;
    }

    /** The running sum of a split by month: what has been counted by each month's end. */
    static List<KeyedCount> cumulated(List<KeyedCount> byMonth) {
        List<KeyedCount> levels = new ArrayList<>(byMonth.size());
        long sum = 0;
        for (KeyedCount month : byMonth) {
            sum += month.count();
            levels.add(new KeyedCount(month.key(), null, sum));
        }
        return levels;
    }
}
