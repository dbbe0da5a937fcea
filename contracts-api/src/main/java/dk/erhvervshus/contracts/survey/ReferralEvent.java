package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/**
 * Events of one referral (henvisning); aggregate id = {@link #aggregateId(String, String)}: a
 * referral id is unique per house, and only the house that made a referral reports its outcome.
 */
public sealed interface ReferralEvent extends DomainEvent permits ReferralMade, ReferralOutcomeReported {

    String referralId();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R made(ReferralMade event);

        R outcomeReported(ReferralOutcomeReported event);
    }

    static String aggregateId(String house, String referralId) {
        return "referral:" + house + ":" + referralId;
    }
}
