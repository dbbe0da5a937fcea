package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;

/**
 * Goals 1 (awareness) and 5 (green awareness): the survey that counts, the latest of the year
 * conducted on or before asOf, and how many surveys of the year there were by then.
 */
public record AwarenessBreakdown(
        String surveyId,
        LocalDate conductedOn,
        long respondents,
        long awareOfHouse,
        long awareOfGreenServices,
        long surveysInYear) implements GoalBreakdown {

    static AwarenessBreakdown of(AwarenessSurvey survey, long surveysInYear) {
        return new AwarenessBreakdown(survey.surveyId(), survey.conductedOn(), survey.respondents(),
                survey.awareOfHouse(), survey.awareOfGreenServices(), surveysInYear);
    }
}
