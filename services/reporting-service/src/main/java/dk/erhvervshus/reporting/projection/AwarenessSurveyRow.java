package dk.erhvervshus.reporting.projection;

import java.time.LocalDate;

/** A row of {@code awareness_surveys}: one survey in full, with the version of the event that wrote it. */
public record AwarenessSurveyRow(
        String surveyId,
        String house,
        int year,
        int respondents,
        int awareOfHouse,
        int awareOfGreenServices,
        LocalDate conductedOn,
        long version) implements FactRow {
}
