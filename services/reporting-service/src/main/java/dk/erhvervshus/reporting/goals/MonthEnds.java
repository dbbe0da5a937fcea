package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A count goal's actual at the end of each month of a year: the series its burn-up chart draws
 * against the pro-rata line. Keys are {@code YYYY-MM}, twelve of them. The courses are swept once
 * in order of start, so a series costs a sort, not a count per month.
 */
final class MonthEnds {

    private static final Comparator<GuidedCourse> BY_START =
            Comparator.comparing(GuidedCourse::startedOn).thenComparing(GuidedCourse::courseId);

    private MonthEnds() {
    }

    /**
     * Feeds the courses of {@code year} to {@code count} in order of start, and reads {@code level}
     * at each month's end (courses of other years are ignored).
     */
    static List<KeyedCount> sweep(int year, List<GuidedCourse> courses, Consumer<GuidedCourse> count,
                                  LongSupplier level) {
        List<GuidedCourse> inOrder = courses.stream().filter(c -> c.startedOn().getYear() == year).sorted(BY_START)
                .toList();
        List<KeyedCount> levels = new ArrayList<>(12);
        int next = 0;
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            LocalDate end = yearMonth.atEndOfMonth();
            while (next < inOrder.size() && !inOrder.get(next).startedOn().isAfter(end)) {
                count.accept(inOrder.get(next++));
            }
            levels.add(new KeyedCount(yearMonth.toString(), null, level.getAsLong()));
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
