package dk.erhvervshus.survey.domain;

/** An awareness survey (kendskabsmåling) result as it arrived, every field raw text; see {@link SurveyResponseForm}. */
public record AwarenessSurveyForm(
        String surveyId,
        String house,
        String year,
        String respondents,
        String awareOfHouse,
        String awareOfGreenServices,
        String conductedOn) {
}
