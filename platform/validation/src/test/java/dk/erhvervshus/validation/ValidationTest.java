package dk.erhvervshus.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidationTest {

    /** 2026-03-15 in Copenhagen. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final Validation v = new Validation(TODAY);

    private String onlyMessage() {
        assertThat(v.errors()).hasSize(1);
        return v.errors().get(0).message();
    }

    @Test
    void every_reader_of_text_rejects_the_nul_character_naming_the_field() {
        v.requiredText("companyName", "Eksempel\u0000ApS", 200);
        v.optionalTextRejectingBlank("advisor", "Mette\u0000", 100);
        v.optionalTextBlankAsAbsent("counterpartName", "\u0000", 200);
        v.requiredId("responseId", "ES-1\u0000");
        v.requiredCode("category", "GROWTH\u0000", Sample.class);
        v.requiredCvr("cvr", "1358562\u0000");
        v.requiredDate("startedOn", "2023-02-01\u0000");
        v.requiredInteger("respondents", "1\u0000", 1, 10);
        v.requiredNonNegativeDecimal("fte", "1\u0000");
        v.optionalInstant("occurredAt", "2023-02-01T09:00:00Z\u0000");

        assertThat(v.errors()).extracting(FieldError::field).containsExactly("companyName", "advisor",
                "counterpartName", "responseId", "category", "cvr", "startedOn", "respondents", "fte", "occurredAt");
        assertThat(v.errors()).allSatisfy(e -> assertThat(e.message()).contains("U+0000"));
    }

    @Test
    void a_lone_surrogate_in_a_text_is_rejected() {
        assertThat(v.requiredText("reason", "registered in error \ud800", 500)).isNull();
        assertThat(onlyMessage()).contains("unpaired surrogate");
    }

    @Test
    void blank_optional_text_is_an_error_for_one_reader_and_absence_for_the_other() {
        assertThat(v.optionalTextBlankAsAbsent("note", "   ", 10)).isNull();
        assertThat(v.hasErrors()).isFalse();

        assertThat(v.optionalTextRejectingBlank("note", "   ", 10)).isNull();
        assertThat(onlyMessage()).isEqualTo("must not be blank when present");
    }

    @Test
    void a_control_character_that_java_counts_as_white_space_is_not_a_blank_answer() {
        assertThat(v.optionalTextBlankAsAbsent("note", "\u001F", 10)).isNull();
        assertThat(onlyMessage()).contains("control characters (U+001F)");
    }

    @Test
    void text_is_trimmed_and_bounded() {
        assertThat(v.requiredText("name", "  Eksempel  ", 8)).isEqualTo("Eksempel");
        assertThat(v.requiredText("name", "x".repeat(9), 8)).isNull();
        assertThat(onlyMessage()).isEqualTo("must be at most 8 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13585628", "19319970"})
    void a_valid_cvr_number_is_read_as_written(String cvr) {
        assertThat(v.requiredCvr("cvr", cvr)).isEqualTo(cvr);
        assertThat(v.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "00000000| is not a CVR number",
            "13585627|modulus-11",
            "1358562|exactly 8 digits",
            "1358562a|exactly 8 digits",
            "１３５８５６２８|exactly 8 digits",
            "' 13585628'|without spaces",
            "'13585628 '|without spaces",
            "'1358 5628'|without spaces"})
    void a_cvr_number_is_rejected_when(String cvr, String reason) {
        assertThat(v.requiredCvr("cvr", cvr)).isNull();
        assertThat(onlyMessage()).contains(reason);
    }

    @Test
    void cvr_lists_are_bounded_and_name_the_bad_element() {
        assertThat(v.requiredCvrList("treated", List.of("13585628", "13585627", "13585628"), 10)).isNull();
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("treated[1]", "treated[2]");

        Validation bounded = new Validation(TODAY);
        assertThat(bounded.requiredCvrList("control", Collections.nCopies(11, "13585628"), 10)).isNull();
        assertThat(bounded.errors()).extracting(FieldError::field).containsExactly("control");
        assertThat(bounded.errors().get(0).message()).contains("at most 10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1999-12-31|must not be before 2000-01-01",
            "2026-03-16|must not be after today (2026-03-15)",
            "-5000-01-01|is not a date",
            "+10000-01-01|is not a date",
            "2023-02-30|is not a date",
            "01-02-2023|is not a date"})
    void a_business_date_outside_the_window_or_misspelled_is_rejected(String date, String reason) {
        assertThat(v.requiredDate("startedOn", date)).isNull();
        assertThat(onlyMessage()).contains(reason);
    }

    @Test
    void the_first_and_last_day_of_the_window_are_business_dates() {
        assertThat(v.requiredDate("startedOn", "2000-01-01")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(v.requiredDate("startedOn", "2026-03-15")).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void a_service_can_accept_its_own_date_spellings() {
        Validation danish = new Validation(TODAY, new DateSpelling(
                text -> text.matches("\\d{2}\\.\\d{2}\\.\\d{4}")
                        ? DateSpelling.date(text.substring(6), text.substring(3, 5), text.substring(0, 2))
                        : DateSpelling.iso(text), "02.05.2023"));
        assertThat(danish.requiredDate("answeredOn", "02.05.2023")).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(danish.requiredDate("answeredOn", "02.05.1999")).isNull();
        assertThat(danish.errors()).extracting(FieldError::message).containsExactly("must not be before 2000-01-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1999-12-31T22:59:59Z|must not be before 2000-01-01",
            "2026-03-15T23:30:00Z|must not be after today",
            "2023-02-01|is not an ISO-8601 instant"})
    void an_instant_is_judged_by_its_date_in_the_houses_zone(String instant, String reason) {
        assertThat(v.optionalInstant("occurredAt", instant)).isNull();
        assertThat(onlyMessage()).contains(reason);
    }

    @Test
    void an_instant_on_the_first_day_in_copenhagen_is_a_business_instant() {
        // 1999-12-31T23:00Z is midnight of 2000-01-01 in Copenhagen.
        assertThat(v.optionalInstant("occurredAt", "1999-12-31T23:00:00Z")).isNotNull();
        assertThat(v.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1999|2000 or later", "2027|must not be in the future", "20x3|is not a year"})
    void a_reported_year_is_from_2000_to_this_year(String year, String reason) {
        assertThat(v.requiredYear("surveyYear", year)).isNull();
        assertThat(onlyMessage()).contains(reason);
    }

    @Test
    void a_planning_year_may_be_next_year_but_not_later() {
        assertThat(v.requiredPlanningYear("year", "2027")).isEqualTo(2027);
        assertThat(v.requiredPlanningYear("year", "2028")).isNull();
        assertThat(onlyMessage()).isEqualTo("must be from 2000 to 2027");
    }

    @Test
    void decimals_are_read_exactly_and_an_exponent_is_judged_by_value() {
        assertThat(v.requiredNonNegativeDecimal("fte", "12.50")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(v.requiredNonNegativeDecimal("revenueDkk", "1E+999999999")).isNull();
        assertThat(onlyMessage()).contains("below 10^15");
    }

    @Test
    void codes_lists_cannot_be_longer_than_the_codes_there_are() {
        assertThat(v.requiredCodes("themes", List.of("A", "B", "A"), Sample.class)).isNull();
        assertThat(onlyMessage()).contains("only 2 codes");
    }

    @Test
    void the_collected_errors_are_thrown_together() {
        v.requiredText("a", null, 1);
        v.requiredText("b", "", 1);
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("a", "b"));
    }

    @Test
    void a_not_found_may_name_the_path_parameter_at_fault() {
        assertThat(new NotFoundException("house", "unknown house 'x'").field()).contains("house");
        assertThat(new NotFoundException("no course c-1").field()).isEmpty();
    }

    enum Sample { A, B }
}
