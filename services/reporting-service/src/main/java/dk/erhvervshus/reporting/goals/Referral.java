package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ReferralDirection;

import java.time.LocalDate;

/**
 * One referral of the house as the referrals read model holds it. {@code used} and
 * {@code outcomeReportedOn} are null while no outcome is reported; only the latest outcome is kept.
 * {@code municipalityCode} is the municipality the referral names, null when it names none.
 */
public record Referral(
        String referralId,
        String house,
        String cvr,
        LocalDate referredOn,
        ReferralDirection direction,
        String municipalityCode,
        Boolean used,
        LocalDate outcomeReportedOn) {

    /** The outcome as it was known at the end of {@code asOf}: null when none was reported by then. */
    public Boolean usedAsOf(LocalDate asOf) {
        return outcomeReportedOn == null || outcomeReportedOn.isAfter(asOf) ? null : used;
    }
}
