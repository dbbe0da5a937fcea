package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** A stored survey response, with codes for the answers, for support to check what was recorded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StoredSurveyResponse", description = "An unanswered question is absent")
public record SurveyResponseView(
        String responseId,
        String house,
        String cvr,
        int surveyYear,
        Segment segment,
        LocalDate answeredOn,
        CompetenceSatisfaction competenceSatisfaction,
        Integer recommendScore,
        ExpectedEffect expectedEffect,
        Boolean receivedDigitalGuidance,
        Boolean receivedReferral,
        ReferralUse usedReferral,
        @Schema(description = "when survey-service stored it") Instant recordedAt,
        @Schema(description = "the request or import that brought it") String correlationId,
        @Schema(description = "who sent it: the subject of the bearer token") String recordedBy) {

    static SurveyResponseView of(EventEnvelope envelope) {
        SurveyResponseRecorded r = (SurveyResponseRecorded) envelope.payload();
        return new SurveyResponseView(r.responseId(), r.house(), r.cvr(), r.surveyYear(), r.segment(), r.answeredOn(),
                r.competenceSatisfaction(), r.recommendScore(), r.expectedEffect(), r.receivedDigitalGuidance(),
                r.receivedReferral(), r.usedReferral(), envelope.recordedAt(), envelope.correlationId(),
                envelope.recordedBy());
    }
}
