package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.CourseBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The count goals (goal 11's unique companies and course counts) split four ways. */
@Schema(description = "Goals that count companies or courses (UNIQUE_COMPANIES, COURSE_COUNT): the count by municipality, "
        + "category, theme and month. A company with courses in several municipalities, categories or themes counts "
        + "once in each; by month it counts in the month of its first course of the year. " + BreakdownView.MONTH_ENDS,
        requiredProperties = {"byMunicipality", "byCategory", "byTheme", "byMonth", "byMonthEnd", "previousYearByMonthEnd"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourseBreakdownView(
        List<CountEntry> byMunicipality,
        List<CountEntry> byCategory,
        List<CountEntry> byTheme,
        List<CountEntry> byMonth,
        List<CountEntry> byMonthEnd,
        List<CountEntry> previousYearByMonthEnd) implements BreakdownView {

    static CourseBreakdownView of(CourseBreakdown b) {
        return new CourseBreakdownView(CountEntry.ofAll(b.byMunicipality()), CountEntry.ofAll(b.byCategory()),
                CountEntry.ofAll(b.byTheme()), CountEntry.ofAll(b.byMonth()), CountEntry.ofAll(b.byMonthEnd()),
                CountEntry.ofAll(b.previousYearByMonthEnd()));
    }
}
