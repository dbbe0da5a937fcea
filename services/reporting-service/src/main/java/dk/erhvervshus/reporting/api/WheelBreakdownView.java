package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.WheelBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Goal 5: the sustainability wheel's use and the self-help activity. */
@Schema(description = "Goal 5, sustainability wheel (SUSTAINABILITY_WHEEL): how often the wheel was used, how often on "
        + "green-transition courses (greenTransitionWheelShare, absent without such courses), and the self-help activity. "
        + BreakdownView.MONTH_ENDS + ": the courses with the wheel started by then",
        requiredProperties = {"coursesInYear", "wheelUsedCourses", "greenTransitionCourses",
                "greenTransitionCoursesWithWheel", "selfHelpActivity", "byMonthEnd", "previousYearByMonthEnd"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WheelBreakdownView(
        long coursesInYear,
        long wheelUsedCourses,
        long greenTransitionCourses,
        long greenTransitionCoursesWithWheel,
        BigDecimal greenTransitionWheelShare,
        ActivityEntry selfHelpActivity,
        List<CountEntry> byMonthEnd,
        List<CountEntry> previousYearByMonthEnd) implements BreakdownView {

    static WheelBreakdownView of(WheelBreakdown b) {
        return new WheelBreakdownView(b.coursesInYear(), b.wheelUsedCourses(), b.greenTransitionCourses(),
                b.greenTransitionCoursesWithWheel(), Decimals.oneDecimal(b.greenTransitionWheelShare()),
                ActivityEntry.of(b.selfHelpActivity()), CountEntry.ofAll(b.byMonthEnd()),
                CountEntry.ofAll(b.previousYearByMonthEnd()));
    }
}
