package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.application.WriteOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a write of one awareness survey, referral, outcome or effect cohort: the record's
 * id, the version its stream reached, and what the write did.
 */
public final class RecordAnswer {

    private RecordAnswer() {
    }

    @Schema(name = "AwarenessSurveyAnswer")
    public record AwarenessSurvey(String surveyId, long version,
                                  @Schema(enumeration = {"accepted", "duplicate"}) String status) {
        static AwarenessSurvey of(WriteOutcome outcome) {
            return new AwarenessSurvey(outcome.recordId(), outcome.version(), outcome.status().json());
        }
    }

    @Schema(name = "ReferralAnswer")
    public record Referral(String referralId, long version,
                           @Schema(enumeration = {"accepted", "duplicate", "unchanged"},
                                   description = "duplicate: the same referral again; unchanged: the same outcome "
                                           + "as the latest") String status) {
        static Referral of(WriteOutcome outcome) {
            return new Referral(outcome.recordId(), outcome.version(), outcome.status().json());
        }
    }

    @Schema(name = "EffectCohortAnswer")
    public record EffectCohort(String cohortId, long version,
                               @Schema(enumeration = {"accepted", "redefined", "unchanged"}) String status) {
        static EffectCohort of(WriteOutcome outcome) {
            return new EffectCohort(outcome.recordId(), outcome.version(), outcome.status().json());
        }
    }
}
