package dk.erhvervshus.reporting.goals;

/** The house's own outbound referrals of Y by their outcome as reported by asOf. */
public record ReferralOutcomes(long referrals, long used, long notUsed, long unreported) {
}
