package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;

import java.time.LocalDate;

/**
 * A referral of the house and its latest outcome ({@code used} and {@code reportedOn} null until
 * one is reported). A new outcome replaces the earlier one, and is one more version, unless it is
 * the same as the latest.
 */
record Referral(String referralId, String cvr, LocalDate referredOn, ReferralDirection direction,
                CounterpartType counterpartType, String counterpartName, String municipalityCode,
                Boolean used, LocalDate reportedOn, long version) {

    static Referral made(String referralId, String cvr, LocalDate referredOn, ReferralDirection direction,
                         CounterpartType counterpartType, String municipalityCode) {
        return new Referral(referralId, cvr, referredOn, direction, counterpartType, "Chaos partner " + counterpartType,
                municipalityCode, null, null, 1);
    }

    Referral withOutcome(boolean used, LocalDate reportedOn) {
        if (Boolean.valueOf(used).equals(this.used) && reportedOn.equals(this.reportedOn)) {
            return this;
        }
        return new Referral(referralId, cvr, referredOn, direction, counterpartType, counterpartName, municipalityCode,
                used, reportedOn, version + 1);
    }

    String aggregateId() {
        return "referral:" + Course.HOUSE + ":" + referralId;
    }
}
