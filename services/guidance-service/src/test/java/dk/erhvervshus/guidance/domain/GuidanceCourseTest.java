package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshus.guidance.domain.CourseScenario.given;
import static org.assertj.core.api.Assertions.assertThat;

class GuidanceCourseTest {

    private static final String COURSE = "course-7f1c";
    private static final LocalDate FEB_1 = LocalDate.of(2023, 2, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2023, 6, 30);

    private static final CourseDetails DETAILS = new CourseDetails("nordjylland", "13585628", "Eksempel ApS", "851",
            GuidanceCategory.GROWTH, List.of(Theme.DIGITALISATION, Theme.GREEN_TRANSITION), FEB_1, "Mette Jensen",
            true, true, CourseOrigin.LOCAL_BUSINESS_OFFICE);

    private static final GuidanceCourseStarted STARTED = DETAILS.startedEvent(COURSE);
    private static final GuidanceCourseCompleted COMPLETED = new GuidanceCourseCompleted(COURSE, JUNE_30);
    private static final GuidanceCourseRetracted RETRACTED = new GuidanceCourseRetracted(COURSE, "registered in error");

    private static CourseChanges changes(String municipality, List<Theme> themes) {
        return new CourseChanges(null, municipality, null, themes, null, null, null, null, null);
    }

    @Test
    void a_course_is_started_when_nothing_is_recorded_under_its_id() {
        given(COURSE).when(new StartCourse(COURSE, DETAILS)).then(STARTED);
    }

    @Test
    void registering_the_same_course_again_records_nothing() {
        given(COURSE, STARTED).when(new StartCourse(COURSE, DETAILS)).thenNothingIsRecorded();
    }

    @Test
    void registering_other_content_under_an_existing_course_id_is_a_conflict() {
        CourseDetails otherCompany = new CourseDetails("nordjylland", "19319970", "Anden ApS", "851",
                GuidanceCategory.SHORT, List.of(Theme.FINANCING), FEB_1, null, false, false, CourseOrigin.DIRECT);
        given(COURSE, STARTED).when(new StartCourse(COURSE, otherCompany))
                .thenRejected(ConflictException.class, "already registered with different content");
    }

    @Test
    void a_re_sent_registration_is_compared_with_the_original_not_with_later_corrections() {
        GuidanceCourseUpdated moved = new GuidanceCourseUpdated(COURSE, null, "860", null, null, null, null, null, null, null);
        given(COURSE, STARTED, moved).when(new StartCourse(COURSE, DETAILS)).thenNothingIsRecorded();
    }

    @Test
    void an_update_records_only_the_fields_that_changed() {
        CourseChanges sentByCrm = new CourseChanges("Eksempel ApS", "860", GuidanceCategory.GROWTH,
                List.of(Theme.DIGITALISATION), FEB_1, "Mette Jensen", true, true, CourseOrigin.LOCAL_BUSINESS_OFFICE);
        given(COURSE, STARTED).when(new UpdateCourse(COURSE, sentByCrm)).then(new GuidanceCourseUpdated(COURSE,
                null, "860", null, List.of(Theme.DIGITALISATION), null, null, null, null, null));
    }

    @Test
    void an_update_that_changes_nothing_records_nothing() {
        given(COURSE, STARTED).when(new UpdateCourse(COURSE, changes("851", DETAILS.themes()))).thenNothingIsRecorded();
    }

    @Test
    void a_completed_course_can_still_be_corrected() {
        given(COURSE, STARTED, COMPLETED).when(new UpdateCourse(COURSE, changes("860", null)))
                .then(new GuidanceCourseUpdated(COURSE, null, "860", null, null, null, null, null, null, null));
    }

    @Test
    void moving_the_start_after_the_completion_is_rejected_naming_startedOn() {
        CourseChanges lateStart = new CourseChanges(null, null, null, null, JUNE_30.plusDays(1), null, null, null, null);
        InvalidInputException rejected = given(COURSE, STARTED, COMPLETED)
                .when(new UpdateCourse(COURSE, lateStart)).thenInvalid();
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("startedOn");
    }

    @Test
    void a_course_that_was_never_started_cannot_be_updated_completed_or_retracted() {
        given(COURSE).when(new UpdateCourse(COURSE, changes("860", null))).thenRejected(NotFoundException.class, COURSE);
        given(COURSE).when(new CompleteCourse(COURSE, JUNE_30)).thenRejected(NotFoundException.class, COURSE);
        given(COURSE).when(new RetractCourse(COURSE, "oops")).thenRejected(NotFoundException.class, COURSE);
    }

    @Test
    void a_started_course_is_completed() {
        given(COURSE, STARTED).when(new CompleteCourse(COURSE, JUNE_30)).then(COMPLETED);
    }

    @Test
    void a_course_can_be_completed_on_the_day_it_started() {
        given(COURSE, STARTED).when(new CompleteCourse(COURSE, FEB_1)).then(new GuidanceCourseCompleted(COURSE, FEB_1));
    }

    @Test
    void a_completion_before_the_start_is_rejected_naming_completedOn() {
        InvalidInputException rejected = given(COURSE, STARTED)
                .when(new CompleteCourse(COURSE, FEB_1.minusDays(1))).thenInvalid();
        assertThat(rejected.errors()).extracting(FieldError::field).containsExactly("completedOn");
    }

    @Test
    void completing_again_on_the_same_date_records_nothing() {
        given(COURSE, STARTED, COMPLETED).when(new CompleteCourse(COURSE, JUNE_30)).thenNothingIsRecorded();
    }

    @Test
    void a_course_is_not_completed_twice_on_different_dates() {
        given(COURSE, STARTED, COMPLETED).when(new CompleteCourse(COURSE, JUNE_30.minusDays(1)))
                .thenRejected(ConflictException.class, "already completed on 2023-06-30");
    }

    @Test
    void a_started_course_is_retracted() {
        given(COURSE, STARTED).when(new RetractCourse(COURSE, "registered in error")).then(RETRACTED);
    }

    @Test
    void a_completed_course_can_be_retracted() {
        given(COURSE, STARTED, COMPLETED).when(new RetractCourse(COURSE, "registered in error")).then(RETRACTED);
    }

    @Test
    void a_retracted_course_is_not_retracted_twice() {
        given(COURSE, STARTED, RETRACTED).when(new RetractCourse(COURSE, "again")).thenNothingIsRecorded();
    }

    @Test
    void a_retracted_course_cannot_be_completed() {
        given(COURSE, STARTED, RETRACTED).when(new CompleteCourse(COURSE, JUNE_30))
                .thenRejected(ConflictException.class, "retracted");
    }

    @Test
    void a_retracted_course_cannot_be_updated() {
        given(COURSE, STARTED, RETRACTED).when(new UpdateCourse(COURSE, changes("860", null)))
                .thenRejected(ConflictException.class, "retracted");
    }

    @Test
    void a_command_for_another_course_is_a_programming_error() {
        given(COURSE, STARTED).when(new CompleteCourse("other-course", JUNE_30))
                .thenRejected(IllegalArgumentException.class, "other-course");
    }

    @Test
    void the_history_folds_into_the_current_state() {
        List<GuidanceEvent> history = List.of(STARTED,
                new GuidanceCourseUpdated(COURSE, "Eksempel A/S", "860", null, null, null, null, false, null, null),
                COMPLETED);

        GuidanceCourse course = GuidanceCourse.rebuild(COURSE, history);

        assertThat(course.version()).isEqualTo(3);
        assertThat(course.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(course.completedOn()).contains(JUNE_30);
        assertThat(course.details().companyName()).isEqualTo("Eksempel A/S");
        assertThat(course.details().municipalityCode()).isEqualTo("860");
        assertThat(course.details().sustainabilityWheelUsed()).isFalse();
        assertThat(course.details().themes()).isEqualTo(DETAILS.themes());
        assertThat(course.registered()).isEqualTo(DETAILS);
    }

    @Test
    void a_retraction_outranks_a_completion_in_the_status() {
        GuidanceCourse course = GuidanceCourse.rebuild(COURSE, List.of(STARTED, COMPLETED, RETRACTED));

        assertThat(course.status()).isEqualTo(CourseStatus.RETRACTED);
        assertThat(course.retractionReason()).contains("registered in error");
    }

    @Test
    void a_course_without_events_does_not_exist() {
        GuidanceCourse course = GuidanceCourse.rebuild(COURSE, List.of());

        assertThat(course.exists()).isFalse();
        assertThat(course.version()).isZero();
    }
}
