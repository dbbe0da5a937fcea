package dk.erhvervshus.reporting.projection;

/**
 * A fact as one event leaves it: a row of one of the read models. Every applied event that changes
 * a fact makes a new version of it, kept with the event's recorded time (the bitemporal
 * {@code *_versions} tables), and marks the house-years whose goals read it ({@link GoalMarks}).
 */
public sealed interface FactRow
        permits CourseState, ActivityStatusRow, SurveyResponseRow, AwarenessSurveyRow, ReferralState, CompanyFiguresRow,
        EffectCohortRow {
}
