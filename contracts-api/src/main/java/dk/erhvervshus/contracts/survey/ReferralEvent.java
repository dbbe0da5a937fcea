package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one referral (henvisning); aggregate id = referral id. */
public sealed interface ReferralEvent extends DomainEvent permits ReferralMade, ReferralOutcomeReported {

    String referralId();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R made(ReferralMade event);

        R outcomeReported(ReferralOutcomeReported event);
    }
}
