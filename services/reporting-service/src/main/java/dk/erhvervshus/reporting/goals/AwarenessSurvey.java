package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;

/** One awareness survey (kendskabsmåling); {@code awareOfGreenServices} counts among those aware of the house. */
public record AwarenessSurvey(
        String surveyId,
        String house,
        int year,
        long respondents,
        long awareOfHouse,
        long awareOfGreenServices,
        LocalDate conductedOn) {
}
