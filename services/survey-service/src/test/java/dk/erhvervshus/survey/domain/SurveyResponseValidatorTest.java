package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static dk.erhvervshus.survey.domain.TestFixtures.fieldsOf;
import static dk.erhvervshus.survey.domain.TestFixtures.messageFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyResponseValidatorTest {

    private final SurveyResponseValidator validator = new SurveyResponseValidator(TestFixtures.HOUSES,
            TestFixtures.TODAY);

    /** The example of the v1 contract, as the JSON endpoint receives it (numbers and booleans as text). */
    private static SurveyResponseForm apiExample() {
        return new SurveyResponseForm("ES-2023-000123", "nordjylland", "13585628", "2023", "GROWTH", "2023-05-02",
                "VERY_SATISFIED", "9", "HIGH", "true", "true", "YES");
    }

    private static SurveyResponseForm with(String field, String value) {
        SurveyResponseForm f = apiExample();
        return new SurveyResponseForm(
                field.equals("responseId") ? value : f.responseId(),
                field.equals("house") ? value : f.house(),
                field.equals("cvr") ? value : f.cvr(),
                field.equals("surveyYear") ? value : f.surveyYear(),
                field.equals("segment") ? value : f.segment(),
                field.equals("answeredOn") ? value : f.answeredOn(),
                field.equals("competenceSatisfaction") ? value : f.competenceSatisfaction(),
                field.equals("recommendScore") ? value : f.recommendScore(),
                field.equals("expectedEffect") ? value : f.expectedEffect(),
                field.equals("receivedDigitalGuidance") ? value : f.receivedDigitalGuidance(),
                field.equals("receivedReferral") ? value : f.receivedReferral(),
                field.equals("usedReferral") ? value : f.usedReferral());
    }

    private Validated<SurveyResponseRecorded> validate(String field, String value) {
        return validator.validate(with(field, value));
    }

    @Test
    void the_api_example_becomes_a_recorded_response() {
        SurveyResponseRecorded response = validator.validate(apiExample()).orElseThrow();

        assertThat(response).isEqualTo(new SurveyResponseRecorded("ES-2023-000123", "nordjylland", "13585628", 2023,
                Segment.GROWTH, LocalDate.of(2023, 5, 2), CompetenceSatisfaction.VERY_SATISFIED, 9,
                ExpectedEffect.HIGH, true, true, ReferralUse.YES));
    }

    @Test
    void the_same_answers_in_the_danish_labels_of_the_export_become_the_same_response() {
        SurveyResponseForm danish = new SurveyResponseForm(" ES-2023-000123 ", "nordjylland", "13585628", "2023",
                "Vækst", "02.05.2023", "Meget tilfreds", "9", "I høj grad", "Ja", "Ja", "Ja");

        assertThat(validator.validate(danish).orElseThrow()).isEqualTo(validator.validate(apiExample()).value());
    }

    @Test
    void a_cvr_number_is_read_as_written_so_one_with_spaces_or_eight_zeros_is_rejected() {
        for (String cvr : new String[]{" 13585628", "13585628 ", "1358 5628", "00000000"}) {
            SurveyResponseForm form = new SurveyResponseForm("ES-2023-000123", "nordjylland", cvr, "2023", "GROWTH",
                    "2023-05-02", null, null, null, null, null, null);
            assertThat(validator.validate(form).errors()).as(cvr).extracting(FieldError::field).containsExactly("cvr");
        }
    }

    @Test
    void a_cell_with_a_nul_or_a_control_character_is_rejected_naming_the_column() {
        SurveyResponseForm form = new SurveyResponseForm("ES-2023-000123", "nordjylland", "13585628", "2023",
                "Vækst\u0000", "2023-05-02", "Meget tilfreds\u0007", null, null, null, null, null);

        assertThat(validator.validate(form).errors()).extracting(FieldError::field)
                .containsExactly("segment", "competenceSatisfaction");
    }

    @Test
    void an_answer_date_before_2000_is_rejected() {
        SurveyResponseForm form = new SurveyResponseForm("ES-2023-000123", "nordjylland", "13585628", "2023",
                "GROWTH", "31.12.1999", null, null, null, null, null, null);

        assertThat(validator.validate(form).errors()).extracting(FieldError::field).contains("answeredOn");
    }

    @Test
    void a_respondent_may_skip_every_question() {
        SurveyResponseForm skipped = new SurveyResponseForm("ES-2023-000124", "nordjylland", "19319970", "2023",
                "Drift", "2023-11-30", "", null, " ", null, "", null);

        SurveyResponseRecorded response = validator.validate(skipped).orElseThrow();

        assertThat(response.segment()).isEqualTo(Segment.OPERATION);
        assertThat(response.competenceSatisfaction()).isNull();
        assertThat(response.recommendScore()).isNull();
        assertThat(response.expectedEffect()).isNull();
        assertThat(response.receivedDigitalGuidance()).isNull();
        assertThat(response.receivedReferral()).isNull();
        assertThat(response.usedReferral()).isNull();
    }

    @Test
    void ved_ikke_is_kept_where_the_scale_has_dont_know_and_missing_where_it_is_yes_or_no() {
        SurveyResponseRecorded response = validator.validate(new SurveyResponseForm("ES-2023-000125", "nordjylland",
                "13585628", "2023", "Vækst", "2023-05-02", "Ved ikke", "7", "Ved ikke", "Ved ikke", "Ja", "Ved ikke"))
                .orElseThrow();

        assertThat(response.competenceSatisfaction()).isEqualTo(CompetenceSatisfaction.DONT_KNOW);
        assertThat(response.expectedEffect()).isEqualTo(ExpectedEffect.DONT_KNOW);
        assertThat(response.usedReferral()).isEqualTo(ReferralUse.DONT_KNOW);
        assertThat(response.receivedDigitalGuidance()).isNull();
    }

    @Test
    void every_bad_field_is_named_not_only_the_first() {
        SurveyResponseForm bad = new SurveyResponseForm("ES 2023/1", "vestjylland", "13585627", "2025", "Stor",
                "2023-02-30", "Godt", "11", "Meget", "måske", "Nej", "Ja");

        Validated<SurveyResponseRecorded> result = validator.validate(bad);

        assertThat(fieldsOf(result)).containsExactly("responseId", "house", "cvr", "surveyYear", "segment",
                "answeredOn", "competenceSatisfaction", "recommendScore", "expectedEffect", "receivedDigitalGuidance",
                "usedReferral");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(11));
    }

    @Test
    void an_empty_response_names_each_required_field() {
        Validated<SurveyResponseRecorded> result = validator.validate(new SurveyResponseForm(null, null, null, null,
                null, null, null, null, null, null, null, null));

        assertThat(fieldsOf(result)).containsExactly("responseId", "house", "cvr", "surveyYear", "segment",
                "answeredOn");
        assertThat(fieldsOf(validator.validate(null))).isEqualTo(fieldsOf(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES 1", "-ES1", "ES:1", "ES/1", "ÆS-1"})
    void a_response_id_is_letters_digits_dots_dashes_and_underscores(String responseId) {
        assertThat(messageFor(validate("responseId", responseId), "responseId"))
                .contains("must be 1-100 letters, digits, '.', '_' or '-'");
    }

    @Test
    void a_response_id_is_at_most_100_characters() {
        assertThat(validate("responseId", "R".repeat(100)).isValid()).isTrue();
        assertThat(fieldsOf(validate("responseId", "R".repeat(101)))).containsExactly("responseId");
    }

    @Test
    void an_unknown_house_is_rejected_naming_the_known_ones() {
        assertThat(messageFor(validate("house", "vestjylland"), "house"))
                .startsWith("unknown house 'vestjylland'").contains("nordjylland", "hovedstaden");
    }

    @Test
    void a_house_that_is_not_onboarded_cannot_take_responses() {
        assertThat(messageFor(validate("house", "fyn"), "house")).contains("not onboarded");
    }

    @Test
    void a_cvr_number_failing_the_modulus_11_check_is_rejected() {
        assertThat(messageFor(validate("cvr", "13585627"), "cvr")).contains("modulus-11");
        assertThat(messageFor(validate("cvr", "1358562"), "cvr")).contains("exactly 8 digits");
        assertThat(validate("cvr", "19319970").isValid()).isTrue();
    }

    @Test
    void the_survey_year_cannot_be_in_the_future_nor_before_2000() {
        assertThat(messageFor(validate("surveyYear", "2025"), "surveyYear")).contains("future");
        assertThat(messageFor(validate("surveyYear", "1999"), "surveyYear")).contains("2000");
        assertThat(messageFor(validate("surveyYear", "2023.0"), "surveyYear")).contains("is not a year");
    }

    @Test
    void a_segment_is_required() {
        assertThat(messageFor(validate("segment", ""), "segment")).startsWith("is required; one of Vækst, Drift");
        assertThat(messageFor(validate("segment", "Stor"), "segment")).startsWith("'Stor' is not one of");
    }

    @Test
    void a_response_is_not_answered_in_the_future() {
        assertThat(messageFor(validate("answeredOn", "2024-03-02"), "answeredOn")).contains("after today (2024-03-01)");
        assertThat(validate("answeredOn", "2024-03-01").isValid()).isTrue();
    }

    @Test
    void a_response_is_answered_in_the_survey_year_or_the_year_after() {
        assertThat(validate("answeredOn", "2024-01-15").isValid()).isTrue();
        assertThat(messageFor(validate("answeredOn", "2022-12-31"), "answeredOn"))
                .isEqualTo("must be in the survey year 2023 or the year after, was 2022-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-05-2023", "02.05.2023", "2023-05-02"})
    void the_answer_date_may_be_written_the_danish_way(String answeredOn) {
        assertThat(validator.validate(with("answeredOn", answeredOn)).orElseThrow().answeredOn())
                .isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void an_unreadable_answer_date_says_which_spellings_are_accepted() {
        assertThat(messageFor(validate("answeredOn", "5/2/2023"), "answeredOn"))
                .isEqualTo("'5/2/2023' is not a date; write e.g. 2023-05-02, 02-05-2023 or 02.05.2023");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10"})
    void a_recommend_score_runs_from_0_to_10(String score) {
        assertThat(validate("recommendScore", score).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "11", "9.5", "ni", "99999999999999999999"})
    void any_other_recommend_score_is_rejected(String score) {
        assertThat(messageFor(validate("recommendScore", score), "recommendScore"))
                .contains("a whole number from 0 to 10");
    }

    @Test
    void unknown_answers_to_the_scales_are_rejected_naming_the_accepted_ones() {
        assertThat(messageFor(validate("competenceSatisfaction", "Godt"), "competenceSatisfaction"))
                .isEqualTo("'Godt' is not one of Meget tilfreds, Tilfreds, Hverken/eller, Utilfreds, Meget utilfreds,"
                        + " Ved ikke (or VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED, DONT_KNOW)");
        assertThat(fieldsOf(validate("expectedEffect", "Meget"))).containsExactly("expectedEffect");
        assertThat(fieldsOf(validate("receivedDigitalGuidance", "yes"))).containsExactly("receivedDigitalGuidance");
        assertThat(fieldsOf(validate("usedReferral", "true"))).containsExactly("usedReferral");
    }

    @Test
    void a_used_referral_without_a_received_one_is_a_contradiction() {
        Validated<SurveyResponseRecorded> result = validator.validate(new SurveyResponseForm("ES-2023-000126",
                "nordjylland", "13585628", "2023", "Vækst", "2023-05-02", null, null, null, null, "Nej", "Ved ikke"));

        assertThat(result.errors()).containsExactly(
                new FieldError("usedReferral", "usedReferral given although receivedReferral is false"));
    }

    @Test
    void a_used_referral_is_fine_when_receiving_one_was_not_answered() {
        assertThat(validate("receivedReferral", "").isValid()).isTrue();
        assertThat(validate("receivedReferral", "Ved ikke").isValid()).isTrue();
    }

    @Test
    void no_referral_and_no_answer_about_using_it_agree() {
        SurveyResponseForm form = with("receivedReferral", "false");
        form = new SurveyResponseForm(form.responseId(), form.house(), form.cvr(), form.surveyYear(), form.segment(),
                form.answeredOn(), form.competenceSatisfaction(), form.recommendScore(), form.expectedEffect(),
                form.receivedDigitalGuidance(), form.receivedReferral(), "");

        assertThat(validator.validate(form).orElseThrow().receivedReferral()).isFalse();
    }

    @Test
    void a_huge_bad_value_is_not_echoed_back_whole() {
        String huge = "x".repeat(5_000);

        assertThat(messageFor(validate("segment", huge), "segment")).hasSizeLessThan(200);
    }
}
