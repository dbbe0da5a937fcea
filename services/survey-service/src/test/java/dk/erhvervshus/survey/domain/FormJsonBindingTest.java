package dk.erhvervshus.survey.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.validation.Validated;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms are the seam to the REST layer: a JSON body must bind into them whatever its values
 * look like, so that the validator, not the JSON reader, reports what is wrong, by field name.
 * Jackson (the REST layer's reader) turns JSON numbers and booleans into their text.
 */
class FormJsonBindingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_api_example_binds_with_its_numbers_and_booleans_as_text() throws Exception {
        SurveyResponseForm form = json.readValue("""
                {"responseId": "ES-2023-000123", "house": "nordjylland", "cvr": "12345678",
                 "surveyYear": 2023, "segment": "GROWTH", "answeredOn": "2023-05-02",
                 "competenceSatisfaction": "VERY_SATISFIED", "recommendScore": 9,
                 "expectedEffect": "HIGH", "receivedDigitalGuidance": true,
                 "receivedReferral": false, "usedReferral": null}""", SurveyResponseForm.class);

        assertThat(form).isEqualTo(new SurveyResponseForm("ES-2023-000123", "nordjylland", "12345678", "2023",
                "GROWTH", "2023-05-02", "VERY_SATISFIED", "9", "HIGH", "true", "false", null));
    }

    @Test
    void values_of_the_wrong_kind_bind_too_and_are_left_to_the_validator() throws Exception {
        SurveyResponseForm form = json.readValue("""
                {"surveyYear": "twenty", "recommendScore": 9.5, "receivedReferral": "perhaps"}""",
                SurveyResponseForm.class);

        Validated<?> result = new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY).validate(form);

        assertThat(TestFixtures.fieldsOf(result)).contains("surveyYear", "recommendScore", "receivedReferral");
    }

    @Test
    void a_decimal_figure_binds_exactly_as_written() throws Exception {
        List<CompanyFiguresForm> forms = List.of(json.readValue("""
                [{"cvr": "13585628", "year": 2022, "revenueDkk": 12500000.75, "fte": 12.5}]""",
                CompanyFiguresForm[].class));

        assertThat(forms).containsExactly(new CompanyFiguresForm("13585628", "2022", "12500000.75", "12.5"));
    }

    @Test
    void a_cohort_binds_its_lists_of_cvr_numbers() throws Exception {
        EffectCohortForm form = json.readValue("""
                {"cohortId": "C-1", "house": "nordjylland", "cohortYear": 2021, "segment": "GROWTH",
                 "treated": ["13585628"], "control": ["19319970"]}""", EffectCohortForm.class);

        assertThat(form.cohortYear()).isEqualTo("2021");
        assertThat(form.treated()).containsExactly("13585628");
    }
}
