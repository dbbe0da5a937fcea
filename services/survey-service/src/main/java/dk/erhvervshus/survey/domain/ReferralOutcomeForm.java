package dk.erhvervshus.survey.domain;

/**
 * The body of a referral's outcome report as it arrived; the referral id comes from the URL.
 *
 * @param house the house that made the referral: only its referral of this id is looked up
 */
public record ReferralOutcomeForm(String house, String used, String reportedOn) {
}
