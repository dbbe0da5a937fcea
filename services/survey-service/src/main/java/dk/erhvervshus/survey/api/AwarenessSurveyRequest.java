package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.domain.AwarenessSurveyForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/awareness-surveys; counts are JSON integers, read as such, then judged by the validator. */
@Schema(name = "AwarenessSurvey", description = "The result of an awareness survey (kendskabsmåling) of a house's region")
public record AwarenessSurveyRequest(
        @Schema(required = true, description = "1-100 letters, digits, '.', '_', '-'", example = "KM-2023-NJ")
        String surveyId,
        @Schema(required = true, example = "nordjylland") String house,
        @Schema(required = true, type = SchemaType.INTEGER, example = "2023") Long year,
        @Schema(required = true, type = SchemaType.INTEGER, minimum = "1", example = "1000") Long respondents,
        @Schema(required = true, type = SchemaType.INTEGER, description = "at most respondents", example = "520")
        Long awareOfHouse,
        @Schema(required = true, type = SchemaType.INTEGER, description = "counted among awareOfHouse", example = "390")
        Long awareOfGreenServices,
        @Schema(format = "date", description = "when the survey closed; default 31 December of its year, or today "
                + "while that year runs", example = "2023-11-20") String conductedOn) {

    AwarenessSurveyForm toForm() {
        return new AwarenessSurveyForm(surveyId, house, JsonValues.text(year), JsonValues.text(respondents),
                JsonValues.text(awareOfHouse), JsonValues.text(awareOfGreenServices), conductedOn);
    }
}
