package dk.erhvervshus.survey.domain;

/** The body of a referral's outcome report as it arrived; the referral id comes from the URL. */
public record ReferralOutcomeForm(String used, String reportedOn) {
}
