package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.ReferralOutcomes;

/** The house's outbound referrals of the year by the outcome reported by asOf; shown beside goal 4, not part of it. */
public record ReferralOutcomesEntry(long referrals, long used, long notUsed, long unreported) {

    static ReferralOutcomesEntry of(ReferralOutcomes r) {
        return new ReferralOutcomesEntry(r.referrals(), r.used(), r.notUsed(), r.unreported());
    }
}
