package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code breakdowns} of a goal detail: one record per breakdown kind, each with only its own
 * fields. There is no type property in the JSON; a goal's metric kind says which one it is
 * (README.md lists them per goal). Shares and growths are in percent units, rounded to one decimal.
 * Each record's schema names the fields it always has as required and allows no others, so exactly
 * one of the {@code oneOf} matches an answer.
 */
@Schema(description = "The detail behind the goal's number; its shape depends on the goal's metric kind",
        oneOf = {CourseBreakdownView.class, SpreadBreakdownView.class, NewCompanyBreakdownView.class,
                WheelBreakdownView.class, AwarenessBreakdownView.class, AnswerShareBreakdownView.class,
                NpsBreakdownView.class, ReferralUptakeBreakdownView.class, CohortGrowthBreakdownView.class})
public sealed interface BreakdownView
        permits CourseBreakdownView, SpreadBreakdownView, NewCompanyBreakdownView, WheelBreakdownView,
        AwarenessBreakdownView, AnswerShareBreakdownView, NpsBreakdownView, ReferralUptakeBreakdownView,
        CohortGrowthBreakdownView {

    /** What the count goals' series by month's end are (goal 11's counts, goal 2 and goal 5). */
    String MONTH_ENDS = "byMonthEnd is the goal's actual at each month's end of the year (12 entries keyed YYYY-MM), "
            + "previousYearByMonthEnd the same of the year before by the same rules: the burn-up chart's curves";
}
