package dk.erhvervshus.reporting.projection;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read-model writes of one batch: each touched course, referral, response, survey, company
 * year and cohort once, in its final state (however many events it had in the batch), the new
 * activity reports, the events that had to be parked, the new last version of every stream the
 * batch moved on, per partition the recorded time of the newest event applied from it, and every
 * applied event with the fact version it made, in the batch's order ({@link AppliedFact}), and per
 * acknowledged write (the envelopes' writeId) how many of its events the batch applied.
 */
public record ProjectedBatch(
        Collection<CourseState> courses,
        List<ActivityStatusRow> activityReports,
        Collection<SurveyResponseRow> surveyResponses,
        Collection<AwarenessSurveyRow> awarenessSurveys,
        Collection<ReferralState> referrals,
        Collection<CompanyFiguresRow> companyFigures,
        Collection<EffectCohortRow> effectCohorts,
        List<ParkedRecord> parked,
        Map<String, Long> streamVersions,
        Map<TopicPartition, Instant> newestRecordedAt,
        List<AppliedFact> applied,
        Map<UUID, Integer> appliedPerWrite) {
}
