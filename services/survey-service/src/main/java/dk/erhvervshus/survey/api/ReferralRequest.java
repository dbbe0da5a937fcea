package dk.erhvervshus.survey.api;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.survey.domain.ReferralForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/referrals; fields read as text so that every bad one is named. */
@Schema(name = "Referral", description = "A referral (henvisning) of a company to or from the house")
public record ReferralRequest(
        @Schema(required = true, description = "1-100 letters, digits, '.', '_', '-'", example = "REF-2023-0042")
        String referralId,
        @Schema(required = true, example = "nordjylland") String house,
        @Schema(required = true, example = "13585628") String cvr,
        @Schema(required = true, format = "date", example = "2023-09-01") String referredOn,
        @Schema(required = true, implementation = ReferralDirection.class) String direction,
        @Schema(required = true, implementation = CounterpartType.class) String counterpartType,
        @Schema(required = true, maxLength = 200, example = "Revisor Hansen ApS") String counterpartName,
        @Schema(description = "kommunekode of one of the house's municipalities", example = "851")
        String municipalityCode) {

    ReferralForm toForm() {
        return new ReferralForm(referralId, house, cvr, referredOn, direction, counterpartType, counterpartName,
                municipalityCode);
    }
}
