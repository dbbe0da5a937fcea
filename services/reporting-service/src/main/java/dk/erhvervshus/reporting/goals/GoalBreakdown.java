package dk.erhvervshus.reporting.goals;

/** The detail behind a goal's number; each metric kind that has one gives its own shape. */
public sealed interface GoalBreakdown
        permits CourseBreakdown, SpreadBreakdown, NewCompanyBreakdown, WheelBreakdown,
        AwarenessBreakdown, AnswerShareBreakdown, NpsBreakdown, ReferralUptakeBreakdown, CohortGrowthBreakdown {
}
