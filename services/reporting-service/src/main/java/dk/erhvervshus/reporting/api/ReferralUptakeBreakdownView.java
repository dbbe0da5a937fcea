package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.ReferralUptakeBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Goal 4: referred responses by whether they used the referral, beside the house's own referrals. */
@Schema(description = "Goal 4 (REFERRAL_UPTAKE): responses that received a referral, byAnswer by whether they used it "
        + "(YES, NO, DONT_KNOW, MISSING); outboundReferrals is the house's own referrals by reported outcome, shown "
        + "beside the goal but not part of it",
        requiredProperties = {"dontKnowCountsInDenominator", "responses", "byAnswer", "outboundReferrals",
                "responsesWithoutGuidance"},
        additionalProperties = Schema.False.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralUptakeBreakdownView(
        boolean dontKnowCountsInDenominator,
        long responses,
        List<CountEntry> byAnswer,
        ReferralOutcomesEntry outboundReferrals,
        ResponsesWithoutGuidanceEntry responsesWithoutGuidance) implements BreakdownView {

    static ReferralUptakeBreakdownView of(ReferralUptakeBreakdown b) {
        return new ReferralUptakeBreakdownView(b.dontKnowCountsInDenominator(), b.responses(),
                CountEntry.ofAll(b.byAnswer()), ReferralOutcomesEntry.of(b.outboundReferrals()),
                ResponsesWithoutGuidanceEntry.of(b.responsesWithoutGuidance()));
    }
}
