package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;

import java.time.LocalDate;

/**
 * A row of the {@code referrals} read model: the referral and its latest reported outcome
 * ({@code used} and {@code outcomeReportedOn} null until one is reported), and the version of the
 * last event applied to it.
 */
public record ReferralState(
        String referralId,
        String house,
        String cvr,
        LocalDate referredOn,
        ReferralDirection direction,
        CounterpartType counterpartType,
        String counterpartName,
        String municipalityCode,
        Boolean used,
        LocalDate outcomeReportedOn,
        long lastVersion) implements FactRow {
}
