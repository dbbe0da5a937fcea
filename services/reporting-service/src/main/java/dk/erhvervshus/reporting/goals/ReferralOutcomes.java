package dk.erhvervshus.reporting.goals;

import java.time.LocalDate;
import java.util.Collection;

/** Referrals by their outcome as reported by asOf: used, not used, or no outcome reported yet. */
public record ReferralOutcomes(long referrals, long used, long notUsed, long unreported) {

    public static final ReferralOutcomes NONE = new ReferralOutcomes(0, 0, 0, 0);

    public static ReferralOutcomes of(Collection<Referral> referrals, LocalDate asOf) {
        long used = 0;
        long notUsed = 0;
        for (Referral referral : referrals) {
            Boolean outcome = referral.usedAsOf(asOf);
            if (Boolean.TRUE.equals(outcome)) {
                used++;
            } else if (Boolean.FALSE.equals(outcome)) {
                notUsed++;
            }
        }
        return new ReferralOutcomes(referrals.size(), used, notUsed, referrals.size() - used - notUsed);
    }
}
