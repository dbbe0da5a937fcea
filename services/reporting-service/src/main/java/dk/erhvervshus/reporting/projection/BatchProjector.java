package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * Folds a whole batch in memory before anything is written, so the database sees one upsert per
 * touched row instead of one round trip per event (a rebuild replays millions of events). Courses
 * and referrals are evolved from their stored rows; the other survey families carry their whole
 * state in each event, so the event of the highest version per stream is all that is written
 * (the upsert's version guard keeps a stored later version).
 *
 * <p>Survey records are keyed by house and id ({@link PerHouseId}): two houses may use the same
 * response or referral id. The house of a record's stream is the envelope's (a referral outcome
 * names none of its own); a payload naming another house is parked, since its row would otherwise
 * sit under one house's key while saying it belongs to another.
 *
 * <p>Every stream stays in order ({@link StreamVersions}): only the next version of a stream is
 * folded; a redelivered one is skipped, and one after a gap, or after an event of its stream parked
 * earlier in the batch, is parked as waiting. Any exception other than
 * {@link UnprojectableEventException} leaves here: the caller finds the record behind it.
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
     * @param existingReferrals the stored rows of the referrals the batch touches, by house and referral id
     * @param streams           the last applied version of the streams the batch touches; moved on here
     */
    public ProjectedBatch project(List<DecodedEvent> events, Map<String, CourseState> existingCourses,
                                  Map<PerHouseId, ReferralState> existingReferrals, StreamVersions streams) {
        Map<String, CourseState> currentCourses = new LinkedHashMap<>(existingCourses);
        Map<String, CourseState> changedCourses = new LinkedHashMap<>();
        Map<PerHouseId, ReferralState> currentReferrals = new LinkedHashMap<>(existingReferrals);
        Map<PerHouseId, ReferralState> changedReferrals = new LinkedHashMap<>();
        List<ActivityStatusRow> reports = new ArrayList<>();
        Map<PerHouseId, SurveyResponseRow> responseRows = new LinkedHashMap<>();
        Map<PerHouseId, AwarenessSurveyRow> surveyRows = new LinkedHashMap<>();
        Map<String, CompanyFiguresRow> figureRows = new LinkedHashMap<>();
        Map<PerHouseId, EffectCohortRow> cohortRows = new LinkedHashMap<>();
        List<ParkedRecord> parked = new ArrayList<>();
        List<AppliedFact> applied = new ArrayList<>();
        Map<UUID, Integer> appliedPerWrite = new LinkedHashMap<>();
        Map<TopicPartition, Instant> newestRecordedAt = new LinkedHashMap<>();
        for (DecodedEvent event : events) {
            DomainEvent payload = event.envelope().payload();
            String stream = event.envelope().aggregateId();
            long version = event.envelope().version();
            StreamVersions.Admission admission = streams.admit(stream, version);
            if (admission == StreamVersions.Admission.DUPLICATE) {
                continue;
            }
            if (admission == StreamVersions.Admission.GAP) {
                parked.add(ParkedRecord.waiting(event, streams.nextVersion(stream)));
                continue;
            }
            try {
                if (payload instanceof GuidanceEvent guidance) {
                    CourseState before = currentCourses.get(guidance.courseId());
                    CourseState after = courses.apply(before, guidance, version);
                    if (after != before) {
                        currentCourses.put(after.courseId(), after);
                        changedCourses.put(after.courseId(), after);
                        applied.add(new AppliedFact(event.envelope(), before, after));
                    }
                } else if (payload instanceof GoalActivityEvent activity) {
                    ActivityStatusRow row = activities.toRow(activity, event.envelope());
                    reports.add(row);
                    applied.add(new AppliedFact(event.envelope(), null, row));
                } else if (payload instanceof ReferralEvent referral) {
                    PerHouseId key = new PerHouseId(event.envelope().house(), referral.referralId());
                    ReferralState before = currentReferrals.get(key);
                    ReferralState after = referrals.apply(before, referral, version);
                    if (after != before) {
                        requireStreamHouse(event.envelope(), after.house(), "referral", referral.referralId());
                        currentReferrals.put(key, after);
                        changedReferrals.put(key, after);
                        applied.add(new AppliedFact(event.envelope(), before, after));
                    }
                } else if (payload instanceof SurveyResponseEvent response) {
                    SurveyResponseRow row = responses.toRow(response, version);
                    keepLatest(responseRows, requireStreamHouse(event.envelope(), row.house(), "survey response",
                            row.responseId()), row, SurveyResponseRow::version);
                    applied.add(new AppliedFact(event.envelope(), null, row));
                } else if (payload instanceof AwarenessSurveyEvent survey) {
                    AwarenessSurveyRow row = awarenessSurveys.toRow(survey, version);
                    keepLatest(surveyRows, requireStreamHouse(event.envelope(), row.house(), "awareness survey",
                            row.surveyId()), row, AwarenessSurveyRow::version);
                    applied.add(new AppliedFact(event.envelope(), null, row));
                } else if (payload instanceof CompanyFiguresEvent reported) {
                    CompanyFiguresRow row = figures.toRow(reported, version);
                    keepLatest(figureRows, CompanyFiguresEvent.aggregateId(reported.cvr(), reported.year()), row,
                            CompanyFiguresRow::lastVersion);
                    applied.add(new AppliedFact(event.envelope(), null, row));
                } else if (payload instanceof EffectCohortEvent cohort) {
                    EffectCohortRow row = cohorts.toRow(cohort, version);
                    keepLatest(cohortRows, requireStreamHouse(event.envelope(), row.house(), "effect cohort",
                            row.cohortId()), row, EffectCohortRow::lastVersion);
                    applied.add(new AppliedFact(event.envelope(), null, row));
                } else {
                    throw new UnprojectableEventException("no projection reads " + event.envelope().type());
                }
                streams.applied(stream, version);
                if (event.envelope().writeId() != null) {
                    appliedPerWrite.merge(event.envelope().writeId(), 1, Integer::sum);
                }
                newestRecordedAt.merge(event.record().topicPartition(), event.envelope().recordedAt(),
                        (held, next) -> next.isAfter(held) ? next : held);
            } catch (UnprojectableEventException e) {
                parked.add(ParkedRecord.rejected(event, e.getMessage()));
            }
        }
        return new ProjectedBatch(changedCourses.values(), reports, responseRows.values(), surveyRows.values(),
                changedReferrals.values(), figureRows.values(), cohortRows.values(), parked, streams.advanced(),
                newestRecordedAt, applied, appliedPerWrite);
    }

    /** The record's key, after checking that it belongs to the house of its stream (the envelope's). */
    private static PerHouseId requireStreamHouse(EventEnvelope envelope, String recordHouse, String what, String id) {
        if (!envelope.house().equals(recordHouse)) {
            throw new UnprojectableEventException(what + " " + id + " names house '" + recordHouse
                    + "' but its stream is of house '" + envelope.house() + "'");
        }
        return new PerHouseId(envelope.house(), id);
    }

    private static <K, R> void keepLatest(Map<K, R> rows, K key, R row, ToLongFunction<R> version) {
        rows.merge(key, row, (held, next) -> version.applyAsLong(next) > version.applyAsLong(held) ? next : held);
    }
}
