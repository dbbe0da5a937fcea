package dk.erhvervshus.survey.domain;

/**
 * One answer to the user evaluation exactly as it arrived: every field is raw text, so a JSON
 * body (Jackson turns numbers and booleans into their text) and a CSV row bind into the same form
 * and {@link SurveyResponseValidator} reports every bad field by name, instead of the JSON reader
 * failing on the first unknown code. Null or blank means "not given".
 */
public record SurveyResponseForm(
        String responseId,
        String house,
        String cvr,
        String surveyYear,
        String segment,
        String answeredOn,
        String competenceSatisfaction,
        String recommendScore,
        String expectedEffect,
        String receivedDigitalGuidance,
        String receivedReferral,
        String usedReferral) {
}
