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
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Splits of goal 11's counts by municipality, category, theme and month of start. Every key is
 * listed, with 0 where nothing counted, so charts of two dates line up; municipality codes outside
 * the house follow the house's own, without a name.
 */
final class CourseBreakdowns {

    private CourseBreakdowns() {
    }

    /** Counts courses; by month, the month each course started. */
    static CourseBreakdown ofCourses(House house, int year, List<GuidedCourse> courses,
                                     Collection<GuidanceCategory> categories) {
        List<LocalDate> starts = courses.stream().map(GuidedCourse::startedOn).toList();
        return breakdown(house, courses, categories, selected -> (long) selected.size(), byMonth(year, starts));
    }

    /** Counts distinct companies; by month, the month of each company's first course of the year. */
    static CourseBreakdown ofCompanies(House house, int year, List<GuidedCourse> courses,
                                       Collection<GuidanceCategory> categories) {
        List<LocalDate> firstStarts = List.copyOf(courses.stream()
                .collect(Collectors.toMap(GuidedCourse::cvr, GuidedCourse::startedOn, (a, b) -> a.isBefore(b) ? a : b))
                .values());
        return breakdown(house, courses, categories, selected -> (long) Companies.of(selected).size(),
                byMonth(year, firstStarts));
    }

    private static CourseBreakdown breakdown(House house, List<GuidedCourse> courses,
                                             Collection<GuidanceCategory> categories,
                                             Function<List<GuidedCourse>, Long> measure,
                                             List<KeyedCount> byMonth) {
        List<KeyedCount> byMunicipality = new ArrayList<>();
        for (Municipality m : house.municipalities()) {
            byMunicipality.add(new KeyedCount(m.code(), m.name(), measure.apply(inMunicipality(courses, m.code()))));
        }
        courses.stream()
                .map(GuidedCourse::municipalityCode)
                .filter(code -> house.municipality(code).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new))
                .forEach(code -> byMunicipality.add(new KeyedCount(code, null, measure.apply(inMunicipality(courses, code)))));

        List<KeyedCount> byCategory = categories.stream()
                .sorted(Comparator.naturalOrder())
                .map(category -> new KeyedCount(category.name(), null,
                        measure.apply(select(courses, c -> c.category() == category))))
                .toList();
        List<KeyedCount> byTheme = List.of(Theme.values()).stream()
                .map(theme -> new KeyedCount(theme.name(), null, measure.apply(select(courses, c -> c.hasTheme(theme)))))
                .toList();
        return new CourseBreakdown(byMunicipality, byCategory, byTheme, byMonth);
    }

    private static List<KeyedCount> byMonth(int year, List<LocalDate> dates) {
        List<KeyedCount> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            long count = dates.stream().filter(d -> YearMonth.from(d).equals(ym)).count();
            months.add(new KeyedCount(ym.toString(), null, count));
        }
        return months;
    }

    private static List<GuidedCourse> inMunicipality(List<GuidedCourse> courses, String code) {
        return select(courses, c -> c.municipalityCode().equals(code));
    }

    private static List<GuidedCourse> select(List<GuidedCourse> courses, Predicate<GuidedCourse> predicate) {
        return courses.stream().filter(predicate).toList();
    }
}
