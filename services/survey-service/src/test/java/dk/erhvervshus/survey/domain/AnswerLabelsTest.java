package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vækst | GROWTH",
            "Drift | OPERATION",
            "vækst | GROWTH",
            "DRIFT | OPERATION"})
    void the_export_names_the_segments_vaekst_and_drift(String label, Segment segment) {
        assertThat(AnswerLabels.SEGMENT.find(label)).contains(segment);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meget tilfreds | VERY_SATISFIED",
            "Tilfreds | SATISFIED",
            "Hverken/eller | NEUTRAL",
            "Utilfreds | DISSATISFIED",
            "Meget utilfreds | VERY_DISSATISFIED",
            "Ved ikke | DONT_KNOW",
            "Meget Utilfreds | VERY_DISSATISFIED",
            "MEGET TILFREDS | VERY_SATISFIED",
            "'  meget   tilfreds ' | VERY_SATISFIED",
            "hverken/Eller | NEUTRAL"})
    void competence_satisfaction_labels_match_whatever_their_capitals_and_spacing(String label,
                                                                                  CompetenceSatisfaction code) {
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.find(label)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I høj grad | HIGH",
            "I nogen grad | SOME",
            "I lav grad | LOW",
            "Slet ikke | NONE",
            "Ved ikke | DONT_KNOW",
            "i HØJ grad | HIGH"})
    void expected_effect_labels_map_to_their_codes(String label, ExpectedEffect code) {
        assertThat(AnswerLabels.EXPECTED_EFFECT.find(label)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ja | YES", "Nej | NO", "Ved ikke | DONT_KNOW", "ved IKKE | DONT_KNOW"})
    void whether_a_referral_was_used_may_be_answered_ja_nej_or_ved_ikke(String label, ReferralUse code) {
        assertThat(AnswerLabels.REFERRAL_USE.find(label)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ja | true", "Nej | false", "JA | true", "nej | false",
            "true | true", "FALSE | false"})
    void yes_no_questions_take_ja_and_nej_or_true_and_false(String label, boolean answer) {
        assertThat(AnswerLabels.YES_NO.find(label)).contains(answer);
    }

    @Test
    void ved_ikke_to_a_yes_no_question_is_a_missing_answer() {
        assertThat(AnswerLabels.YES_NO.isMissingAnswer("Ved ikke")).isTrue();
        assertThat(AnswerLabels.YES_NO.find("Ved ikke")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CompetenceSatisfaction.class)
    void every_competence_satisfaction_code_of_the_api_is_accepted_as_well(CompetenceSatisfaction code) {
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.find(code.name())).contains(code);
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.find(code.name().toLowerCase())).contains(code);
    }

    @ParameterizedTest
    @EnumSource(ExpectedEffect.class)
    void every_expected_effect_code_of_the_api_is_accepted_as_well(ExpectedEffect code) {
        assertThat(AnswerLabels.EXPECTED_EFFECT.find(code.name())).contains(code);
    }

    @ParameterizedTest
    @EnumSource(ReferralUse.class)
    void every_referral_use_code_of_the_api_is_accepted_as_well(ReferralUse code) {
        assertThat(AnswerLabels.REFERRAL_USE.find(code.name())).contains(code);
    }

    @ParameterizedTest
    @EnumSource(Segment.class)
    void every_segment_code_of_the_api_is_accepted_as_well(Segment code) {
        assertThat(AnswerLabels.SEGMENT.find(code.name())).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_cell_is_a_missing_answer(String cell) {
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.isMissingAnswer(cell)).isTrue();
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.isMissingAnswer(null)).isTrue();
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.isMissingAnswer("Ved ikke")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Megettilfreds", "Meget tilfreds!", "Very satisfied", "5", "VERY-SATISFIED"})
    void anything_else_is_not_an_answer(String text) {
        assertThat(AnswerLabels.COMPETENCE_SATISFACTION.find(text)).isEmpty();
    }

    @Test
    void an_error_message_lists_the_danish_labels_and_the_codes() {
        assertThat(AnswerLabels.SEGMENT.describe()).isEqualTo("Vækst, Drift (or GROWTH, OPERATION)");
        assertThat(AnswerLabels.YES_NO.describe()).isEqualTo("Ja, Nej, Ved ikke (or true, false)");
    }

    @Test
    void a_letter_stored_decomposed_matches_the_same_letter_composed() {
        Vocabulary<String> towns = Vocabulary.<String>builder().label("Århus", "AARHUS").build();
        String decomposed = Normalizer.normalize("Århus", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Århus");
        assertThat(towns.find(decomposed)).contains("AARHUS");
    }
}
