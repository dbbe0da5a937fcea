package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.GoldenSamples;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The course row after the contract's golden samples, applied in stream order. */
class CourseProjectionTest {

    private final CourseProjection projection = new CourseProjection();

    private CourseState apply(CourseState state, String wireName) {
        var envelope = GoldenSamples.sample(wireName);
        return projection.apply(state, (GuidanceEvent) envelope.payload(), envelope.version());
    }

    @Test
    void a_started_course_has_the_facts_of_the_event() {
        CourseState started = apply(null, "guidance.course-started.v1");

        assertThat(started).isEqualTo(new CourseState("course-7f1c", "nordjylland", "13585628", "Eksempel ApS", "851",
                GuidanceCategory.GROWTH, List.of(Theme.DIGITALISATION, Theme.GREEN_TRANSITION), LocalDate.of(2023, 2, 1),
                null, false, null, true, true, CourseOrigin.LOCAL_BUSINESS_OFFICE, 1));
    }

    @Test
    void an_update_overwrites_only_the_fields_it_carries() {
        CourseState updated = apply(apply(null, "guidance.course-started.v1"), "guidance.course-updated.v1");

        assertThat(updated.municipalityCode()).isEqualTo("860");
        assertThat(updated.themes()).containsExactly(Theme.DIGITALISATION);
        assertThat(updated.category()).isEqualTo(GuidanceCategory.GROWTH);
        assertThat(updated.startedOn()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(updated.lastVersion()).isEqualTo(2);
    }

    @Test
    void an_update_may_move_the_start_date_and_category() {
        CourseState started = apply(null, "guidance.course-started.v1");
        GuidanceCourseUpdated moved = new GuidanceCourseUpdated("course-7f1c", null, null, GuidanceCategory.SHORT, null,
                LocalDate.of(2023, 5, 2), null, false, false, null);

        CourseState updated = projection.apply(started, moved, 2);

        assertThat(updated.startedOn()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(updated.category()).isEqualTo(GuidanceCategory.SHORT);
        assertThat(updated.sustainabilityWheelUsed()).isFalse();
        assertThat(updated.enrolledInEvaluation()).isFalse();
    }

    @Test
    void completion_and_retraction_mark_the_row() {
        CourseState completed = apply(apply(apply(null, "guidance.course-started.v1"), "guidance.course-updated.v1"),
                "guidance.course-completed.v1");
        CourseState retracted = apply(completed, "guidance.course-retracted.v1");

        assertThat(completed.completedOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(completed.retracted()).isFalse();
        assertThat(retracted.retracted()).isTrue();
        assertThat(retracted.retractionReason()).isEqualTo("registered in error");
        assertThat(retracted.lastVersion()).isEqualTo(4);
    }

    @Test
    void an_event_already_applied_is_skipped() {
        CourseState updated = apply(apply(null, "guidance.course-started.v1"), "guidance.course-updated.v1");

        assertThat(apply(updated, "guidance.course-started.v1")).isSameAs(updated);
        assertThat(apply(updated, "guidance.course-updated.v1")).isSameAs(updated);
    }

    @Test
    void an_event_for_a_course_never_started_cannot_be_projected() {
        assertThatThrownBy(() -> apply(null, "guidance.course-completed.v1"))
                .isInstanceOf(UnprojectableEventException.class)
                .hasMessageContaining("course-7f1c");
    }
}
