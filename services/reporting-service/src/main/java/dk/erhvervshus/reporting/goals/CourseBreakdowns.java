package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Municipality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Splits of goal 11's counts by municipality, category, theme and month of start, and the count at
 * each month's end of the year and of the year before (the burn-up chart's two curves). Every key is
 * listed, with 0 where nothing counted, so charts of two dates line up; municipality codes outside
 * the house follow the house's own, without a name.
 */
final class CourseBreakdowns {

    private CourseBreakdowns() {
    }

    /**
     * Counts courses; by month, the month each course started. {@code previousYear} are the courses
     * the same goal counted in the year before, for its curve by month.
     */
    static CourseBreakdown ofCourses(House house, int year, List<GuidedCourse> courses,
                                     List<GuidedCourse> previousYear, Collection<GuidanceCategory> categories) {
        return breakdown(house, courses, categories, selected -> (long) selected.size(),
                byMonth(year, starts(courses)), MonthEnds.cumulated(byMonth(year - 1, starts(previousYear))));
    }

    /** Counts distinct companies; by month, the month of each company's first course of the year. */
    static CourseBreakdown ofCompanies(House house, int year, List<GuidedCourse> courses,
                                       List<GuidedCourse> previousYear, Collection<GuidanceCategory> categories) {
        return breakdown(house, courses, categories, selected -> (long) Companies.of(selected).size(),
                byMonth(year, firstStarts(courses)), MonthEnds.cumulated(byMonth(year - 1, firstStarts(previousYear))));
    }

    private static List<LocalDate> starts(List<GuidedCourse> courses) {
        return courses.stream().map(GuidedCourse::startedOn).toList();
    }

    private static List<LocalDate> firstStarts(List<GuidedCourse> courses) {
        return List.copyOf(courses.stream()
                .collect(Collectors.toMap(GuidedCourse::cvr, GuidedCourse::startedOn, (a, b) -> a.isBefore(b) ? a : b))
                .values());
    }

    /** One pass groups the courses by municipality, category and theme; each group is then measured. */
    private static CourseBreakdown breakdown(House house, List<GuidedCourse> courses,
                                             Collection<GuidanceCategory> categories,
                                             Function<List<GuidedCourse>, Long> measure,
                                             List<KeyedCount> byMonth, List<KeyedCount> previousYearByMonthEnd) {
        Map<String, List<GuidedCourse>> perMunicipality = new HashMap<>();
        Map<GuidanceCategory, List<GuidedCourse>> perCategory = new EnumMap<>(GuidanceCategory.class);
        Map<Theme, List<GuidedCourse>> perTheme = new EnumMap<>(Theme.class);
        for (GuidedCourse course : courses) {
            perMunicipality.computeIfAbsent(course.municipalityCode(), code -> new ArrayList<>()).add(course);
            perCategory.computeIfAbsent(course.category(), category -> new ArrayList<>()).add(course);
            for (Theme theme : course.themes()) {
                perTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(course);
            }
        }
        List<KeyedCount> byMunicipality = new ArrayList<>();
        for (Municipality m : house.municipalities()) {
            byMunicipality.add(new KeyedCount(m.code(), m.name(), measure.apply(perMunicipality.getOrDefault(m.code(), List.of()))));
        }
        perMunicipality.keySet().stream()
                .filter(code -> house.municipality(code).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new))
                .forEach(code -> byMunicipality.add(new KeyedCount(code, null, measure.apply(perMunicipality.get(code)))));

        List<KeyedCount> byCategory = categories.stream()
                .sorted(Comparator.naturalOrder())
                .map(category -> new KeyedCount(category.name(), null,
                        measure.apply(perCategory.getOrDefault(category, List.of()))))
                .toList();
        List<KeyedCount> byTheme = List.of(Theme.values()).stream()
                .map(theme -> new KeyedCount(theme.name(), null, measure.apply(perTheme.getOrDefault(theme, List.of()))))
                .toList();
        return new CourseBreakdown(byMunicipality, byCategory, byTheme, byMonth, MonthEnds.cumulated(byMonth),
                previousYearByMonthEnd);
    }

    private static List<KeyedCount> byMonth(int year, List<LocalDate> dates) {
        long[] perMonth = new long[13];
        for (LocalDate date : dates) {
            if (date.getYear() == year) {
                perMonth[date.getMonthValue()]++;
            }
        }
        List<KeyedCount> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new KeyedCount(YearMonth.of(year, month).toString(), null, perMonth[month]));
        }
        return months;
    }
}
