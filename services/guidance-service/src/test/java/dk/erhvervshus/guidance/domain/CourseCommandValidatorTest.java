package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseCommandValidatorTest {

    /** "Today" is 15 June 2023 in Copenhagen. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2023-06-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final CourseCommandValidator validator = new CourseCommandValidator(Houses.load(), TODAY);

    private static CourseForm registration() {
        return new CourseForm("course-7f1c", "nordjylland", "13585628", "Eksempel ApS", "851", "GROWTH",
                List.of("DIGITALISATION", "GREEN_TRANSITION"), "2023-02-01", "Mette Jensen", true, true,
                "LOCAL_BUSINESS_OFFICE");
    }

    private static CourseDetails current() {
        return new CourseDetails("nordjylland", "13585628", "Eksempel ApS", "851", GuidanceCategory.GROWTH,
                List.of(Theme.DIGITALISATION), LocalDate.of(2023, 2, 1), null, false, true, CourseOrigin.DIRECT);
    }

    private static CourseForm update(String municipalityCode, String cvr, List<String> themes, String startedOn) {
        return new CourseForm("course-7f1c", null, cvr, null, municipalityCode, null, themes, startedOn, null, null,
                null, null);
    }

    private List<String> badFieldsOfStart(CourseForm form) {
        InvalidInputException e = (InvalidInputException) catchFailure(() -> validator.toStart(form));
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static RuntimeException catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void a_complete_registration_becomes_a_start_command() {
        StartCourse start = validator.toStart(registration());

        assertThat(start.courseId()).isEqualTo("course-7f1c");
        assertThat(start.details()).isEqualTo(new CourseDetails("nordjylland", "13585628", "Eksempel ApS", "851",
                GuidanceCategory.GROWTH, List.of(Theme.DIGITALISATION, Theme.GREEN_TRANSITION),
                LocalDate.of(2023, 2, 1), "Mette Jensen", true, true, CourseOrigin.LOCAL_BUSINESS_OFFICE));
    }

    @Test
    void every_bad_field_of_a_registration_is_named_not_only_the_first() {
        CourseForm bad = new CourseForm("course-7f1c", "nordjylland", "13585627", " ", "851", "HUGE",
                List.of("DIGITALISATION", "ASTROLOGY"), "2023-02-30", null, null, true, "WALK_IN");

        assertThat(badFieldsOfStart(bad)).containsExactly("cvr", "companyName", "category", "themes[1]", "startedOn",
                "sustainabilityWheelUsed", "origin");
    }

    @Test
    void a_registration_without_any_fields_names_each_required_one() {
        CourseForm empty = new CourseForm(null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(badFieldsOfStart(empty)).containsExactly("courseId", "house", "cvr", "companyName",
                "municipalityCode", "category", "themes", "startedOn", "sustainabilityWheelUsed",
                "enrolledInEvaluation", "origin");
    }

    @Test
    void an_unknown_house_is_rejected() {
        assertThat(badFieldsOfStart(withHouse("vestjylland", "851"))).containsExactly("house");
    }

    @Test
    void a_house_that_is_not_onboarded_cannot_register_courses() {
        InvalidInputException e = (InvalidInputException) catchFailure(() -> validator.toStart(withHouse("midtjylland", "751")));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("house");
            assertThat(error.message()).contains("not onboarded");
        });
    }

    @Test
    void the_municipality_must_belong_to_the_house() {
        assertThat(badFieldsOfStart(withHouse("nordjylland", "101"))).containsExactly("municipalityCode");
    }

    @Test
    void a_cvr_number_must_have_eight_digits_and_pass_the_modulus_11_check() {
        assertThat(errorOf(withCvr("1358562"), "cvr")).contains("8 digits");
        assertThat(errorOf(withCvr("13585627"), "cvr")).contains("modulus-11");
    }

    @Test
    void eight_zeros_and_a_cvr_number_with_spaces_are_rejected_nothing_is_stripped() {
        assertThat(errorOf(withCvr("00000000"), "cvr")).contains("is not a CVR number");
        assertThat(errorOf(withCvr(" 13585628"), "cvr")).contains("without spaces");
        assertThat(errorOf(withCvr("13585628 "), "cvr")).contains("without spaces");
    }

    @Test
    void a_start_date_before_2000_is_rejected() {
        assertThat(errorOf(withStartedOn("1999-12-31"), "startedOn")).contains("must not be before 2000-01-01");
    }

    @Test
    void a_start_date_must_be_an_iso_date_not_after_today() {
        assertThat(errorOf(withStartedOn("01-02-2023"), "startedOn")).contains("ISO 8601");
        assertThat(errorOf(withStartedOn("2023-06-16"), "startedOn")).contains("not be after today");
        assertThat(validator.toStart(withStartedOn("2023-06-15")).details().startedOn()).isEqualTo(LocalDate.of(2023, 6, 15));
    }

    @Test
    void a_theme_listed_twice_is_rejected_naming_the_repeat() {
        CourseForm form = withThemes(List.of("INNOVATION", "CCUS", "INNOVATION"));
        assertThat(errorOf(form, "themes[2]")).contains("more than once");
    }

    @Test
    void a_course_needs_at_least_one_theme() {
        assertThat(errorOf(withThemes(List.of()), "themes")).contains("at least one");
    }

    @Test
    void text_longer_than_its_bound_is_rejected() {
        CourseForm form = new CourseForm("course-7f1c", "nordjylland", "13585628", "x".repeat(201), "851", "GROWTH",
                List.of("CCUS"), "2023-02-01", "y".repeat(101), true, true, "DIRECT");
        assertThat(badFieldsOfStart(form)).containsExactly("companyName", "advisor");
    }

    @Test
    void a_course_id_is_a_plain_token() {
        assertThat(CourseCommandValidator.isWellFormedCourseId("course-7f1c")).isTrue();
        assertThat(CourseCommandValidator.isWellFormedCourseId("3f2a.b_c")).isTrue();
        assertThat(CourseCommandValidator.isWellFormedCourseId("activity:nordjylland:2023:G8-A1")).isFalse();
        assertThat(CourseCommandValidator.isWellFormedCourseId("../etc")).isFalse();
        assertThat(CourseCommandValidator.isWellFormedCourseId("x".repeat(101))).isFalse();
    }

    @Test
    void an_update_checks_only_the_fields_it_carries() {
        UpdateCourse command = validator.toUpdate(update("860", null, null, null), current());

        assertThat(command.changes().municipalityCode()).isEqualTo("860");
        assertThat(command.changes().themes()).isNull();
    }

    @Test
    void an_update_names_each_bad_field() {
        CourseForm bad = update("101", null, List.of(), "2024-01-01");
        InvalidInputException e = (InvalidInputException) catchFailure(() -> validator.toUpdate(bad, current()));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("municipalityCode", "themes", "startedOn");
    }

    @Test
    void an_update_cannot_move_a_course_to_another_company() {
        InvalidInputException e = (InvalidInputException) catchFailure(
                () -> validator.toUpdate(update(null, "19319970", null, null), current()));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("cvr");
    }

    @Test
    void an_update_may_repeat_the_unchangeable_fields_unchanged() {
        CourseForm form = new CourseForm("course-7f1c", "nordjylland", "13585628", null, null, null, null, null, null,
                null, null, null);
        assertThat(validator.toUpdate(form, current()).courseId()).isEqualTo("course-7f1c");
    }

    @Test
    void a_completion_needs_an_iso_date_not_after_today() {
        assertThat(validator.toCompletion("course-7f1c", "2023-06-15").completedOn()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThatThrownBy(() -> validator.toCompletion("course-7f1c", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("completedOn");
        assertThatThrownBy(() -> validator.toCompletion("course-7f1c", "2023-06-16"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after today");
    }

    @Test
    void a_retraction_needs_a_reason() {
        assertThat(validator.toRetraction("course-7f1c", " registered in error ").reason()).isEqualTo("registered in error");
        assertThatThrownBy(() -> validator.toRetraction("course-7f1c", "")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> validator.toRetraction("course-7f1c", "z".repeat(501)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("500");
    }

    private String errorOf(CourseForm form, String field) {
        InvalidInputException e = (InvalidInputException) catchFailure(() -> validator.toStart(form));
        return e.errors().stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not named in " + e.errors()));
    }

    private static CourseForm withHouse(String house, String municipalityCode) {
        CourseForm f = registration();
        return new CourseForm(f.courseId(), house, f.cvr(), f.companyName(), municipalityCode, f.category(), f.themes(),
                f.startedOn(), f.advisor(), f.sustainabilityWheelUsed(), f.enrolledInEvaluation(), f.origin());
    }

    private static CourseForm withCvr(String cvr) {
        CourseForm f = registration();
        return new CourseForm(f.courseId(), f.house(), cvr, f.companyName(), f.municipalityCode(), f.category(),
                f.themes(), f.startedOn(), f.advisor(), f.sustainabilityWheelUsed(), f.enrolledInEvaluation(), f.origin());
    }

    private static CourseForm withStartedOn(String startedOn) {
        CourseForm f = registration();
        return new CourseForm(f.courseId(), f.house(), f.cvr(), f.companyName(), f.municipalityCode(), f.category(),
                f.themes(), startedOn, f.advisor(), f.sustainabilityWheelUsed(), f.enrolledInEvaluation(), f.origin());
    }

    private static CourseForm withThemes(List<String> themes) {
        CourseForm f = registration();
        return new CourseForm(f.courseId(), f.house(), f.cvr(), f.companyName(), f.municipalityCode(), f.category(),
                themes, f.startedOn(), f.advisor(), f.sustainabilityWheelUsed(), f.enrolledInEvaluation(), f.origin());
    }
}
