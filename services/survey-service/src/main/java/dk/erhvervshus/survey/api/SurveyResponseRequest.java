package dk.erhvervshus.survey.api;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.survey.domain.SurveyResponseForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer to the user evaluation (the v1 contract). Numbers and booleans are read as the JSON types the
 * schema documents (a text for a number is refused by the JSON reader, naming the field), then
 * handed to the validator as the form's text, which it shares with the CSV import. Codes are texts,
 * so an unknown one is a field error; the Danish labels of the export are accepted as well as the codes.
 */
@Schema(name = "SurveyResponse", description = "One company's answers in Erhvervsstyrelsen's user evaluation")
public record SurveyResponseRequest(
        @Schema(required = true, description = "Erhvervsstyrelsen's id; 1-100 letters, digits, '.', '_', '-'. "
                + "The deduplication key: re-sending it is a no-op", example = "ES-2023-000123") String responseId,
        @Schema(required = true, example = "nordjylland") String house,
        @Schema(required = true, description = "8 digits passing the modulus-11 check", example = "13585628") String cvr,
        @Schema(required = true, type = SchemaType.INTEGER, description = "2000 to this year", example = "2023")
        Long surveyYear,
        @Schema(required = true, implementation = Segment.class, description = "GROWTH or OPERATION (also Vækst, Drift)")
        String segment,
        @Schema(required = true, format = "date", description = "not after today; in surveyYear or the year after. "
                + "Also 02-05-2023 or 02.05.2023", example = "2023-05-02") String answeredOn,
        @Schema(implementation = CompetenceSatisfaction.class, description = "or the Danish label; absent = not answered")
        String competenceSatisfaction,
        @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10", description = "NPS question; absent = not answered",
                example = "9") Long recommendScore,
        @Schema(implementation = ExpectedEffect.class, description = "or the Danish label; absent = not answered")
        String expectedEffect,
        @Schema(description = "absent = not answered") Boolean receivedDigitalGuidance,
        @Schema(description = "absent = not answered") Boolean receivedReferral,
        @Schema(implementation = ReferralUse.class, description = "only when receivedReferral is not false")
        String usedReferral) {

    SurveyResponseForm toForm() {
        return new SurveyResponseForm(responseId, house, cvr, JsonValues.text(surveyYear), segment, answeredOn,
                competenceSatisfaction, JsonValues.text(recommendScore), expectedEffect,
                JsonValues.text(receivedDigitalGuidance), JsonValues.text(receivedReferral), usedReferral);
    }
}
