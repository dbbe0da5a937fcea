package dk.erhvervshus.reporting.projection;

import java.util.Collection;
import java.util.List;

/**
 * The read-model writes of one batch: each touched course, referral, response, survey, company
 * year and cohort once, in its final state (however many events it had in the batch), the new
 * activity reports, and the events that had to be parked.
 */
public record ProjectedBatch(
        Collection<CourseState> courses,
        List<ActivityStatusRow> activityReports,
        Collection<SurveyResponseRow> surveyResponses,
        Collection<AwarenessSurveyRow> awarenessSurveys,
        Collection<ReferralState> referrals,
        Collection<CompanyFiguresRow> companyFigures,
        Collection<EffectCohortRow> effectCohorts,
        List<ParkedRecord> parked) {
}
