package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Evolves a {@code referrals} row by one event, through the family's visitor, so an event added to
 * {@link ReferralEvent} does not compile until it is handled here. An outcome replaces the earlier
 * outcome; an event whose version the row already has is skipped.
 */
public final class ReferralProjection {

    /**
     * @param current the referral's row, or null when the read model has none yet
     * @return the new row, or {@code current} itself when the event was applied before
     */
    public ReferralState apply(ReferralState current, ReferralEvent event, long version) {
        if (current != null && version <= current.lastVersion()) {
            return current;
        }
        return event.accept(new Evolve(current, version));
    }

    private static final class Evolve implements ReferralEvent.Visitor<ReferralState> {

        private final ReferralState current;
        private final long version;

        Evolve(ReferralState current, long version) {
            this.current = current;
            this.version = version;
        }

        @Override
        public ReferralState made(ReferralMade e) {
            String stream = "referral " + e.referralId();
            return new ReferralState(e.referralId(), required(e.house(), "house", stream), required(e.cvr(), "cvr", stream),
                    required(e.referredOn(), "referredOn", stream), required(e.direction(), "direction", stream),
                    e.counterpartType(), e.counterpartName(), e.municipalityCode(),
                    current == null ? null : current.used(), current == null ? null : current.outcomeReportedOn(),
                    version);
        }

        @Override
        public ReferralState outcomeReported(ReferralOutcomeReported e) {
            if (current == null) {
                throw new UnprojectableEventException(
                        "referral " + e.referralId() + " has no referral-made event before version " + version);
            }
            return new ReferralState(current.referralId(), current.house(), current.cvr(), current.referredOn(),
                    current.direction(), current.counterpartType(), current.counterpartName(), current.municipalityCode(),
                    e.used(), required(e.reportedOn(), "reportedOn", "referral " + e.referralId()), version);
        }
    }
}
