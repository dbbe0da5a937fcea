package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Folds a whole batch in memory before anything is written, so the database sees one upsert per
 * touched row instead of one round trip per event (a rebuild replays millions of events). Courses
 * and referrals are evolved from their stored rows; the other survey families carry their whole
 * state in each event, so the event of the highest version per stream is all that is written
 * (the upsert's version guard keeps a stored later version).
 */
public final class BatchProjector {

    private final CourseProjection courses = new CourseProjection();
    private final ActivityStatusProjection activities = new ActivityStatusProjection();
    private final SurveyResponseProjection responses = new SurveyResponseProjection();
    private final AwarenessSurveyProjection awarenessSurveys = new AwarenessSurveyProjection();
    private final ReferralProjection referrals = new ReferralProjection();
    private final CompanyFiguresProjection figures = new CompanyFiguresProjection();
    private final EffectCohortProjection cohorts = new EffectCohortProjection();

    /**
     * @param existingCourses   the stored rows of the courses the batch touches, by course id
     * @param existingReferrals the stored rows of the referrals the batch touches, by referral id
     */
    public ProjectedBatch project(List<DecodedEvent> events, Map<String, CourseState> existingCourses,
                                  Map<String, ReferralState> existingReferrals) {
        Map<String, CourseState> currentCourses = new LinkedHashMap<>(existingCourses);
        Map<String, CourseState> changedCourses = new LinkedHashMap<>();
        Map<String, ReferralState> currentReferrals = new LinkedHashMap<>(existingReferrals);
        Map<String, ReferralState> changedReferrals = new LinkedHashMap<>();
        List<ActivityStatusRow> reports = new ArrayList<>();
        Map<String, SurveyResponseRow> responseRows = new LinkedHashMap<>();
        Map<String, AwarenessSurveyRow> surveyRows = new LinkedHashMap<>();
        Map<String, CompanyFiguresRow> figureRows = new LinkedHashMap<>();
        Map<String, EffectCohortRow> cohortRows = new LinkedHashMap<>();
        List<ParkedRecord> parked = new ArrayList<>();
        for (DecodedEvent event : events) {
            DomainEvent payload = event.envelope().payload();
            long version = event.envelope().version();
            try {
                if (payload instanceof GuidanceEvent guidance) {
                    CourseState before = currentCourses.get(guidance.courseId());
                    CourseState after = courses.apply(before, guidance, version);
                    if (after != before) {
                        currentCourses.put(after.courseId(), after);
                        changedCourses.put(after.courseId(), after);
                    }
                } else if (payload instanceof GoalActivityEvent activity) {
                    reports.add(activities.toRow(activity, event.envelope()));
                } else if (payload instanceof ReferralEvent referral) {
                    ReferralState before = currentReferrals.get(referral.referralId());
                    ReferralState after = referrals.apply(before, referral, version);
                    if (after != before) {
                        currentReferrals.put(after.referralId(), after);
                        changedReferrals.put(after.referralId(), after);
                    }
                } else if (payload instanceof SurveyResponseEvent response) {
                    keepLatest(responseRows, response.responseId(), responses.toRow(response, version),
                            SurveyResponseRow::version);
                } else if (payload instanceof AwarenessSurveyEvent survey) {
                    keepLatest(surveyRows, survey.surveyId(), awarenessSurveys.toRow(survey, version),
                            AwarenessSurveyRow::version);
                } else if (payload instanceof CompanyFiguresEvent reported) {
                    keepLatest(figureRows, CompanyFiguresEvent.aggregateId(reported.cvr(), reported.year()),
                            figures.toRow(reported, version), CompanyFiguresRow::lastVersion);
                } else if (payload instanceof EffectCohortEvent cohort) {
                    keepLatest(cohortRows, cohort.cohortId(), cohorts.toRow(cohort, version), EffectCohortRow::lastVersion);
                } else {
                    throw new UnprojectableEventException("no projection reads " + event.envelope().type());
                }
            } catch (UnprojectableEventException e) {
                parked.add(new ParkedRecord(event.record(), e.getMessage()));
            }
        }
        return new ProjectedBatch(changedCourses.values(), reports, responseRows.values(), surveyRows.values(),
                changedReferrals.values(), figureRows.values(), cohortRows.values(), parked);
    }

    private static <R> void keepLatest(Map<String, R> rows, String key, R row, ToLongFunction<R> version) {
        rows.merge(key, row, (held, next) -> version.applyAsLong(next) > version.applyAsLong(held) ? next : held);
    }
}
