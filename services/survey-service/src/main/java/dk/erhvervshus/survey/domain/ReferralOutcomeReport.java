package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;

/**
 * A validated outcome report and the house whose referral it is about. The event carries no house
 * (its envelope does), but the referral it belongs to is found by house and referral id.
 */
public record ReferralOutcomeReport(String house, ReferralOutcomeReported outcome) {
}
