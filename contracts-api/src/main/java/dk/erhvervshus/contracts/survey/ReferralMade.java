package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;

import java.time.LocalDate;

/** The house referred a company to an external actor (OUTBOUND), or a company was referred to the house (INBOUND). */
public record ReferralMade(
        String referralId,
        String house,
        String cvr,
        LocalDate referredOn,
        ReferralDirection direction,
        CounterpartType counterpartType,
        String counterpartName,
        String municipalityCode) implements ReferralEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.made(this);
    }
}
