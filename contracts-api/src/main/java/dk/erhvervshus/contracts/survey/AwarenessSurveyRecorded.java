package dk.erhvervshus.contracts.survey;

import java.time.LocalDate;

/**
 * The result of an awareness survey of a house's region.
 *
 * @param awareOfGreenServices counted among those aware of the house (goal 5's denominator is awareOfHouse)
 * @param conductedOn          when the survey closed; "the latest survey of the year" is chosen by it
 */
public record AwarenessSurveyRecorded(
        String surveyId,
        String house,
        int year,
        int respondents,
        int awareOfHouse,
        int awareOfGreenServices,
        LocalDate conductedOn) implements AwarenessSurveyEvent {
}
