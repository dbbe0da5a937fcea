package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * One referral (henvisning), rebuilt from its events. The validated event is the command: the
 * {@code decide} methods check it against the history and answer with the events to append
 * (possibly none); {@link #evolve} only assigns, so replaying history never re-runs a rule.
 *
 * <p>Re-sending what is recorded is idempotent (no events). A different referral under an existing
 * id is a {@link ConflictException}. A new outcome report replaces the earlier one (companies are
 * asked again later), but it cannot be dated before the referral was made.
 */
public final class Referral {

    private final String referralId;
    private long version;
    private ReferralMade made;
    private ReferralOutcomeReported latestOutcome;

    private Referral(String referralId) {
        this.referralId = referralId;
    }

    public static Referral rebuild(String referralId, List<ReferralEvent> history) {
        Referral referral = new Referral(referralId);
        history.forEach(referral::evolve);
        return referral;
    }

    public List<ReferralEvent> decide(ReferralMade command) {
        requireSameReferral(command.referralId());
        if (made == null) {
            return List.of(command);
        }
        if (made.equals(command)) {
            return List.of();
        }
        throw new ConflictException("referral " + referralId
                + " is already registered with different content; use a new referralId");
    }

    public List<ReferralEvent> decide(ReferralOutcomeReported command) {
        requireSameReferral(command.referralId());
        if (made == null) {
            throw new NotFoundException("referral " + referralId + " does not exist");
        }
        if (command.reportedOn().isBefore(made.referredOn())) {
            throw InvalidInputException.of("reportedOn",
                    "must not be before the referral was made (" + made.referredOn() + ")");
        }
        if (command.equals(latestOutcome)) {
            return List.of();
        }
        return List.of(command);
    }

    public void evolve(ReferralEvent event) {
        event.accept(new ReferralEvent.Visitor<Void>() {
            @Override
            public Void made(ReferralMade event) {
                made = event;
                return null;
            }

            @Override
            public Void outcomeReported(ReferralOutcomeReported event) {
                latestOutcome = event;
                return null;
            }
        });
        version++;
    }

    public String referralId() {
        return referralId;
    }

    /** Number of events applied; 0 while the referral does not exist. */
    public long version() {
        return version;
    }

    public boolean exists() {
        return made != null;
    }

    public Optional<ReferralMade> made() {
        return Optional.ofNullable(made);
    }

    public Optional<ReferralOutcomeReported> latestOutcome() {
        return Optional.ofNullable(latestOutcome);
    }

    private void requireSameReferral(String commandReferralId) {
        if (!referralId.equals(commandReferralId)) {
            throw new IllegalArgumentException("event for " + commandReferralId + " sent to referral " + referralId);
        }
    }
}
