package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.domain.ReferralOutcomeForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/referrals/{referralId}/outcome. */
@Schema(name = "ReferralOutcome", description = "Whether the referred company used the referral")
public record ReferralOutcomeRequest(
        @Schema(description = "the house that made the referral; absent: the house of the token's house claim "
                + "(a token without one must send it)", example = "nordjylland") String house,
        @Schema(required = true) Boolean used,
        @Schema(required = true, format = "date", description = "not before the referral, not after today",
                example = "2023-12-01") String reportedOn) {

    /** @param referringHouse the house sent, or the one the token is confined to; null when neither */
    ReferralOutcomeForm toForm(String referringHouse) {
        return new ReferralOutcomeForm(referringHouse, JsonValues.text(used), reportedOn);
    }
}
