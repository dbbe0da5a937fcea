package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.ReferralOutcomes;

/** Referrals of the year by the outcome reported by asOf: beside goal 4 (not part of it) and per municipality. */
public record ReferralOutcomesEntry(long referrals, long used, long notUsed, long unreported) {

    static ReferralOutcomesEntry of(ReferralOutcomes r) {
        return new ReferralOutcomesEntry(r.referrals(), r.used(), r.notUsed(), r.unreported());
    }
}
