package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.validation.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwarenessSurveyTest {

    private static final AwarenessSurveyRecorded RECORDED = survey(520, LocalDate.of(2024, 2, 20));

    private static AwarenessSurveyRecorded survey(int awareOfHouse, LocalDate conductedOn) {
        return new AwarenessSurveyRecorded("KM-2024", "nordjylland", 2024, 1000, awareOfHouse, 390, conductedOn);
    }

    private static AwarenessSurvey given(AwarenessSurveyEvent... history) {
        return AwarenessSurvey.rebuild("KM-2024", List.of(history));
    }

    @Test
    void a_new_survey_is_recorded() {
        assertThat(given().decide(RECORDED, true)).containsExactly(RECORDED);
    }

    @Test
    void the_same_survey_sent_again_changes_nothing() {
        assertThat(given(RECORDED).decide(RECORDED, true)).isEmpty();
    }

    @Test
    void a_resend_without_a_date_matches_whatever_date_was_defaulted_before() {
        AwarenessSurveyRecorded defaultedLater = survey(520, LocalDate.of(2024, 2, 21));

        assertThat(given(RECORDED).decide(defaultedLater, false)).isEmpty();
    }

    @Test
    void other_figures_under_a_recorded_id_are_a_conflict() {
        assertThatThrownBy(() -> given(RECORDED).decide(survey(530, RECORDED.conductedOn()), true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("KM-2024");
    }

    @Test
    void another_date_sent_explicitly_is_a_conflict() {
        assertThatThrownBy(() -> given(RECORDED).decide(survey(520, LocalDate.of(2024, 1, 5)), true))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void the_version_counts_the_events() {
        assertThat(given().version()).isZero();
        assertThat(given(RECORDED).version()).isEqualTo(1);
    }
}
