package dk.erhvervshus.reporting.api;

/** The house's outbound referrals of the year by the outcome reported by asOf; shown beside goal 4, not part of it. */
public record ReferralOutcomesEntry(long referrals, long used, long notUsed, long unreported) {
}
