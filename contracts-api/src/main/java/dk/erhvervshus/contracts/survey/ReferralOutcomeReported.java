package dk.erhvervshus.contracts.survey;

import java.time.LocalDate;

/** Whether the referred company used the referral, as later reported. A later report replaces an earlier one. */
public record ReferralOutcomeReported(String referralId, boolean used, LocalDate reportedOn) implements ReferralEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.outcomeReported(this);
    }
}
