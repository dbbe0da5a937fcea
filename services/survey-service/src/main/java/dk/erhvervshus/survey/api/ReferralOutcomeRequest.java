package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.domain.ReferralOutcomeForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/referrals/{referralId}/outcome. */
@Schema(name = "ReferralOutcome", description = "Whether the referred company used the referral")
public record ReferralOutcomeRequest(
        @Schema(required = true) Boolean used,
        @Schema(required = true, format = "date", description = "not before the referral, not after today",
                example = "2023-12-01") String reportedOn) {

    ReferralOutcomeForm toForm() {
        return new ReferralOutcomeForm(JsonValues.text(used), reportedOn);
    }
}
