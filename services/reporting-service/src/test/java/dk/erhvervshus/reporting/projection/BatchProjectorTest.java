package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import org.junit.jupiter.api.Test;

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

        ProjectedBatch projected = projector.project(batch.events(), Map.of());

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
        CourseState stored = projector.project(first.events(), Map.of()).courses().iterator().next();

        // The same two records again (a crash before the positions were stored, or a rewind).
        ProjectedBatch again = projector.project(first.events(), Map.of(stored.courseId(), stored));

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

        ProjectedBatch projected = projector.project(batch.events(), Map.of());

        assertThat(projected.courses()).singleElement().satisfies(c -> assertThat(c.lastVersion()).isEqualTo(2));
    }

    @Test
    void an_event_of_an_unknown_course_is_parked_and_the_batch_goes_on() {
        EventEnvelope orphan = new EventEnvelope(UUID.randomUUID(), "guidance.course-retracted.v1", "course-unknown", 2, 0,
                Instant.parse("2023-03-01T10:00:00Z"), Instant.parse("2023-03-01T10:00:01Z"), "guidance-service",
                "nordjylland", null, new GuidanceCourseRetracted("course-unknown", "typo"));
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.of(orphan, 1, 5),
                Records.golden("guidance.course-started.v1", 2, 9)));

        ProjectedBatch projected = projector.project(batch.events(), Map.of());

        assertThat(projected.parked()).singleElement().satisfies(p -> {
            assertThat(p.record().offset()).isEqualTo(5);
            assertThat(p.error()).contains("course-unknown");
        });
        assertThat(projected.courses()).extracting(CourseState::courseId).containsExactly("course-7f1c");
    }

    @Test
    void activity_reports_keep_their_business_date_and_stream_version() {
        GoalActivityStatusChanged changed = new GoalActivityStatusChanged("nordjylland", 2023, "G9-A2",
                ActivityStatus.IN_PROGRESS, "first meetings", LocalDate.of(2023, 4, 2));
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "guidance.activity-status-changed.v1",
                "activity:nordjylland:2023:G9-A2", 3, 0, Instant.parse("2023-04-03T08:00:00Z"),
                Instant.parse("2023-04-03T08:00:01Z"), "guidance-service", "nordjylland", null, changed);

        ProjectedBatch projected = projector.project(DecodedBatch.decode(List.of(Records.of(envelope, 0, 0))).events(), Map.of());

        assertThat(projected.activityReports()).containsExactly(new ActivityStatusRow("nordjylland", 2023, "G9-A2", 3,
                LocalDate.of(2023, 4, 2), ActivityStatus.IN_PROGRESS, "first meetings", envelope.eventId(),
                Instant.parse("2023-04-03T08:00:01Z")));
    }
}
