package dk.erhvervshus.survey.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to one survey response. */
@Schema(name = "SurveyResponseAnswer")
public record SurveyResponseAnswer(
        String responseId,
        @Schema(enumeration = {"accepted", "duplicate"}, description = "duplicate: the responseId was recorded "
                + "before; nothing was stored") String status) {
}
