package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.AwarenessBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Goals 1 and 5's awareness: the survey that counts. */
@Schema(description = "Goals 1 (AWARENESS_SHARE) and 5 (GREEN_AWARENESS_SHARE): the awareness survey that counts, the "
        + "latest of the year conducted on or before asOf, and how many surveys of the year there were by then",
        requiredProperties = {"surveyId", "conductedOn", "respondents", "awareOfHouse", "awareOfGreenServices",
                "surveysInYear"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwarenessBreakdownView(
        String surveyId,
        LocalDate conductedOn,
        long respondents,
        long awareOfHouse,
        long awareOfGreenServices,
        long surveysInYear) implements BreakdownView {

    static AwarenessBreakdownView of(AwarenessBreakdown b) {
        return new AwarenessBreakdownView(b.surveyId(), b.conductedOn(), b.respondents(), b.awareOfHouse(),
                b.awareOfGreenServices(), b.surveysInYear());
    }
}
