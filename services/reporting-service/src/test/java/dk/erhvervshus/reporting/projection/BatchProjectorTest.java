package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.GoldenSamples;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BatchProjectorTest {

    private final BatchProjector projector = new BatchProjector();

    @Test
    void a_course_with_several_events_in_a_batch_is_written_once_in_its_final_state() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 0),
                Records.golden("guidance.course-updated.v1", 0, 1),
                Records.golden("guidance.course-completed.v1", 0, 2)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.courses()).singleElement().satisfies(c -> {
            assertThat(c.lastVersion()).isEqualTo(3);
            assertThat(c.municipalityCode()).isEqualTo("860");
            assertThat(c.completedOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        });
    }

    @Test
    void redelivered_events_change_nothing() {
        DecodedBatch first = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 0),
                Records.golden("guidance.course-updated.v1", 0, 1)));
        CourseState stored = projector.project(first.events(), Map.of(), Map.of(), StreamVersions.none()).courses().iterator().next();

        // The same two records again (a crash before the positions were stored, or a rewind).
        ProjectedBatch again = projector.project(first.events(), Map.of(stored.courseId(), stored), Map.of(),
                new StreamVersions(Map.of(stored.courseId(), stored.lastVersion())));

        assertThat(again.courses()).isEmpty();
        assertThat(again.parked()).isEmpty();
    }

    @Test
    void duplicates_inside_one_batch_count_once() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 0),
                Records.golden("guidance.course-started.v1", 0, 1),
                Records.golden("guidance.course-updated.v1", 0, 2),
                Records.golden("guidance.course-updated.v1", 0, 3)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.courses()).singleElement().satisfies(c -> assertThat(c.lastVersion()).isEqualTo(2));
    }

    @Test
    void an_event_of_a_course_never_started_waits_parked_and_the_batch_goes_on() {
        EventEnvelope orphan = new EventEnvelope(UUID.randomUUID(), "guidance.course-retracted.v1", "course-unknown", 2, 0,
                Instant.parse("2023-03-01T10:00:00Z"), Instant.parse("2023-03-01T10:00:01Z"), "guidance-service",
                "nordjylland", null, "crm-nordjylland", new GuidanceCourseRetracted("course-unknown", "typo"));
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.of(orphan, 1, 5),
                Records.golden("guidance.course-started.v1", 2, 9)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.parked()).singleElement().satisfies(p -> {
            assertThat(p.record().offset()).isEqualTo(5);
            assertThat(p.stream()).isEqualTo("course-unknown");
            assertThat(p.kind()).isEqualTo(ParkKind.WAITING);
            assertThat(p.reason()).isEqualTo("waiting for version 1");
        });
        assertThat(projected.courses()).extracting(CourseState::courseId).containsExactly("course-7f1c");
    }

    @Test
    void activity_reports_keep_their_business_date_and_stream_version() {
        GoalActivityStatusChanged changed = new GoalActivityStatusChanged("nordjylland", 2023, "G9-A2",
                ActivityStatus.IN_PROGRESS, "first meetings", LocalDate.of(2023, 4, 2));
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "guidance.activity-status-changed.v1",
                "activity:nordjylland:2023:G9-A2", 3, 0, Instant.parse("2023-04-03T08:00:00Z"),
                Instant.parse("2023-04-03T08:00:01Z"), "guidance-service", "nordjylland", null, "staff-nordjylland", changed);

        ProjectedBatch projected = projector.project(DecodedBatch.decode(List.of(Records.of(envelope, 0, 0))).events(), Map.of(), Map.of(),
                new StreamVersions(Map.of("activity:nordjylland:2023:G9-A2", 2L)));

        assertThat(projected.activityReports()).containsExactly(new ActivityStatusRow("nordjylland", 2023, "G9-A2", 3,
                LocalDate.of(2023, 4, 2), ActivityStatus.IN_PROGRESS, "first meetings", envelope.eventId(),
                Instant.parse("2023-04-03T08:00:01Z")));
    }

    @Test
    void a_referral_made_and_reported_in_one_batch_is_written_once_with_its_outcome() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("survey.referral-made.v1", 0, 0),
                Records.golden("survey.referral-outcome-reported.v1", 0, 1)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.referrals()).singleElement().satisfies(r -> {
            assertThat(r.lastVersion()).isEqualTo(2);
            assertThat(r.used()).isTrue();
        });
    }

    @Test
    void an_outcome_reported_in_a_later_batch_evolves_the_stored_referral_and_a_redelivery_changes_nothing() {
        DecodedBatch first = DecodedBatch.decode(List.of(Records.golden("survey.referral-made.v1", 0, 0)));
        ReferralState stored = projector.project(first.events(), Map.of(), Map.of(), StreamVersions.none()).referrals().iterator().next();
        DecodedBatch second = DecodedBatch.decode(List.of(
                Records.golden("survey.referral-made.v1", 0, 0),
                Records.golden("survey.referral-outcome-reported.v1", 0, 1)));

        ProjectedBatch projected = projector.project(second.events(), Map.of(), Map.of(keyOf(stored), stored),
                new StreamVersions(Map.of("referral:nordjylland:REF-2023-0042", stored.lastVersion())));
        ReferralState reported = projected.referrals().iterator().next();
        ProjectedBatch again = projector.project(second.events(), Map.of(), Map.of(keyOf(reported), reported),
                new StreamVersions(Map.of("referral:nordjylland:REF-2023-0042", reported.lastVersion())));

        assertThat(second.referralKeys()).containsExactly(new PerHouseId("nordjylland", "REF-2023-0042"));
        assertThat(reported.lastVersion()).isEqualTo(2);
        assertThat(reported.counterpartName()).isEqualTo("Revisionsfirma Nord");
        assertThat(again.referrals()).isEmpty();
        assertThat(again.parked()).isEmpty();
    }

    @Test
    void an_outcome_of_a_referral_never_made_waits_parked_and_the_batch_goes_on() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("survey.referral-outcome-reported.v1", 0, 4),
                Records.golden("survey.response-recorded.v1", 0, 5)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.parked()).singleElement().satisfies(p -> {
            assertThat(p.record().offset()).isEqualTo(4);
            assertThat(p.record().topic()).isEqualTo("survey-events");
            assertThat(p.stream()).contains("REF-2023-0042");
            assertThat(p.reason()).isEqualTo("waiting for version 1");
        });
        assertThat(projected.surveyResponses()).extracting(SurveyResponseRow::responseId).containsExactly("ES-2023-000123");
    }

    @Test
    void a_later_version_that_comes_before_its_predecessor_waits_parked_and_is_never_applied_on_a_gap() {
        CompanyFiguresReported first = new CompanyFiguresReported("13585628", 2022, new BigDecimal("100"), new BigDecimal("2"));
        CompanyFiguresReported corrected = new CompanyFiguresReported("13585628", 2022, new BigDecimal("120"), new BigDecimal("2"));
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.of(survey(CompanyFiguresEvent.aggregateId("13585628", 2022), 2, corrected), 0, 0),
                Records.of(survey(CompanyFiguresEvent.aggregateId("13585628", 2022), 1, first), 0, 1)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.parked()).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(2L);
            assertThat(p.kind()).isEqualTo(ParkKind.WAITING);
        });
        assertThat(projected.companyFigures()).singleElement().satisfies(f -> {
            assertThat(f.lastVersion()).isEqualTo(1);
            assertThat(f.revenueDkk()).isEqualByComparingTo("100");
        });
    }

    @Test
    void after_a_parked_event_the_later_events_of_its_stream_wait_and_other_streams_go_on() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-updated.v1", 2, 0, 0),
                Records.golden("guidance.course-completed.v1", 3, 0, 1),
                Records.golden("survey.response-recorded.v1", 0, 2)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(),
                new StreamVersions(Map.of("course-7f1c", 0L)));

        assertThat(projected.parked()).extracting(ParkedRecord::version, ParkedRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "waiting for version 1"),
                        org.assertj.core.groups.Tuple.tuple(3L, "waiting for version 1"));
        assertThat(projected.courses()).isEmpty();
        assertThat(projected.surveyResponses()).hasSize(1);
        assertThat(projected.streamVersions()).containsOnlyKeys("response:nordjylland:ES-2023-000123");
    }

    @Test
    void a_redefined_cohort_replaces_its_lists() {
        EffectCohortDefined defined = new EffectCohortDefined("C-1", "nordjylland", 2021, Segment.GROWTH,
                List.of("13585628"), List.of("19319970"));
        EffectCohortDefined redefined = new EffectCohortDefined("C-1", "nordjylland", 2021, Segment.GROWTH,
                List.of("19319970"), List.of("13585628"));
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.of(survey("C-1", 1, defined), 0, 0), Records.of(survey("C-1", 2, redefined), 0, 1)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.effectCohorts()).containsExactly(new EffectCohortRow("C-1", "nordjylland", 2021, Segment.GROWTH,
                List.of("19319970"), List.of("13585628"), 2));
    }

    @Test
    void a_batch_may_hold_both_topics_and_folds_each_family() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 0, 0),
                Records.golden("survey.response-recorded.v1", 0, 0),
                Records.golden("survey.awareness-survey-recorded.v1", 1, 0),
                Records.golden("survey.effect-cohort-defined.v1", 2, 0),
                Records.golden("survey.company-figures-reported.v1", 3, 0)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(projected.courses()).hasSize(1);
        assertThat(projected.surveyResponses()).hasSize(1);
        assertThat(projected.awarenessSurveys()).hasSize(1);
        assertThat(projected.effectCohorts()).hasSize(1);
        assertThat(projected.companyFigures()).hasSize(1);
        assertThat(batch.nextOffsets()).hasSize(5);
    }

    private static PerHouseId keyOf(ReferralState referral) {
        return new PerHouseId(referral.house(), referral.referralId());
    }

    private static EventEnvelope survey(String aggregateId, long version, dk.erhvervshus.contracts.DomainEvent payload) {
        EventEnvelope sample = GoldenSamples.sample("survey.response-recorded.v1");
        return new EventEnvelope(UUID.randomUUID(), dk.erhvervshus.contracts.WireTypes.wireNameOf(payload.getClass()),
                aggregateId, version, 0, sample.occurredAt(), sample.recordedAt(), "survey-service", "nordjylland", null, "survey-feed", payload);
    }
}
