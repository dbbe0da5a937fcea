package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.erhvervshus.survey.domain.TestFixtures.fieldsOf;
import static dk.erhvervshus.survey.domain.TestFixtures.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

class AwarenessSurveyValidatorTest {

    private final AwarenessSurveyValidator validator = new AwarenessSurveyValidator(TestFixtures.HOUSES,
            TestFixtures.TODAY);

    private static AwarenessSurveyForm survey(String year, String respondents, String aware, String green,
                                              String conductedOn) {
        return new AwarenessSurveyForm("KM-2023", "nordjylland", year, respondents, aware, green, conductedOn);
    }

    @Test
    void the_api_example_becomes_a_recorded_awareness_survey() {
        AwarenessSurveyRecorded survey = validator.validate(survey("2023", "1000", "520", "390", "2023-11-20"))
                .orElseThrow();

        assertThat(survey).isEqualTo(new AwarenessSurveyRecorded("KM-2023", "nordjylland", 2023, 1000, 520, 390,
                LocalDate.of(2023, 11, 20)));
    }

    @Test
    void a_survey_of_a_finished_year_without_a_date_is_dated_the_last_day_of_that_year() {
        assertThat(validator.validate(survey("2023", "1000", "520", "390", null)).orElseThrow().conductedOn())
                .isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void a_survey_of_the_running_year_without_a_date_is_dated_today_never_in_the_future() {
        assertThat(validator.validate(survey("2024", "1000", "520", "390", "")).orElseThrow().conductedOn())
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void there_is_at_least_one_respondent() {
        assertThat(messageFor(validator.validate(survey("2023", "0", "0", "0", null)), "respondents"))
                .isEqualTo("must be a whole number from 1 to 10000000, was 0");
    }

    @Test
    void no_more_can_be_aware_of_the_house_than_were_asked() {
        assertThat(validator.validate(survey("2023", "1000", "1000", "0", null)).isValid()).isTrue();
        assertThat(messageFor(validator.validate(survey("2023", "1000", "1001", "0", null)), "awareOfHouse"))
                .isEqualTo("must not exceed respondents (1000)");
    }

    @Test
    void those_aware_of_the_green_services_are_counted_among_those_aware_of_the_house() {
        assertThat(validator.validate(survey("2023", "1000", "520", "520", null)).isValid()).isTrue();
        assertThat(messageFor(validator.validate(survey("2023", "1000", "520", "521", null)), "awareOfGreenServices"))
                .startsWith("must not exceed awareOfHouse (520)");
    }

    @Test
    void counts_are_whole_numbers_not_below_zero() {
        assertThat(fieldsOf(validator.validate(survey("2023", "1000.5", "-1", "many", null))))
                .containsExactly("respondents", "awareOfHouse", "awareOfGreenServices");
    }

    @Test
    void the_survey_date_is_not_in_the_future_and_belongs_to_the_year_or_the_year_after() {
        assertThat(fieldsOf(validator.validate(survey("2023", "1000", "520", "390", "2024-03-02"))))
                .containsExactly("conductedOn");
        assertThat(fieldsOf(validator.validate(survey("2022", "1000", "520", "390", "2024-01-10"))))
                .containsExactly("conductedOn");
        assertThat(validator.validate(survey("2023", "1000", "520", "390", "10-01-2024")).isValid()).isTrue();
    }

    @Test
    void an_empty_survey_names_each_required_field() {
        assertThat(fieldsOf(validator.validate(new AwarenessSurveyForm(null, null, null, null, null, null, null))))
                .containsExactly("surveyId", "house", "year", "respondents", "awareOfHouse", "awareOfGreenServices");
    }
}
