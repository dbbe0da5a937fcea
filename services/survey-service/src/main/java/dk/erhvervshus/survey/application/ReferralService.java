package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.eventstore.EventMetadata;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.Referral;
import dk.erhvervshus.survey.domain.ReferralForm;
import dk.erhvervshus.survey.domain.ReferralOutcomeForm;
import dk.erhvervshus.survey.domain.ReferralValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Function;

/**
 * Referrals and their outcome reports: validate, then load → decide → append in one transaction.
 * {@link Referral} decides: a repeat is a no-op, another referral under the id is a conflict, an
 * outcome needs an existing referral and replaces the earlier outcome.
 */
@ApplicationScoped
public class ReferralService {

    private final ReferralValidator validator;
    private final Transactions transactions;
    private final EventStreams streams;
    private final EventStore eventStore;

    @Inject
    public ReferralService(ReferralValidator validator, Transactions transactions, EventStreams streams,
                           EventStore eventStore) {
        this.validator = validator;
        this.transactions = transactions;
        this.streams = streams;
        this.eventStore = eventStore;
    }

    /** @return ACCEPTED at version 1, or DUPLICATE when the same referral was made before */
    public WriteOutcome make(ReferralForm form, String correlationId) {
        ReferralMade made = validator.validate(form).orElseThrow();
        return decideAndAppend(made.referralId(), made.house(), referral -> referral.decide(made),
                WriteStatus.DUPLICATE, correlationId);
    }

    /** @return ACCEPTED with the new version, or UNCHANGED when the latest outcome is the same */
    public WriteOutcome reportOutcome(String referralId, ReferralOutcomeForm form, String correlationId) {
        ReferralOutcomeReported outcome = validator.validateOutcome(referralId, form).orElseThrow();
        // No house of its own: an outcome is only accepted for an existing referral, whose house it takes.
        return decideAndAppend(outcome.referralId(), null, referral -> referral.decide(outcome),
                WriteStatus.UNCHANGED, correlationId);
    }

    private WriteOutcome decideAndAppend(String referralId, String houseOfNewReferral,
                                         Function<Referral, List<ReferralEvent>> decision,
                                         WriteStatus whenNothingChanged, String correlationId) {
        return transactions.inTransaction(connection -> {
            Referral referral = Referral.rebuild(referralId, streams.load(connection, referralId, ReferralEvent.class));
            long loaded = referral.version();
            List<ReferralEvent> events = decision.apply(referral);
            if (events.isEmpty()) {
                return new WriteOutcome(referralId, loaded, whenNothingChanged);
            }
            // Every event of a referral carries the house it was made by, its outcomes too.
            String house = referral.made().map(ReferralMade::house).orElse(houseOfNewReferral);
            eventStore.append(connection, referralId, loaded, events, new EventMetadata(house, correlationId, null));
            return new WriteOutcome(referralId, loaded + events.size(), WriteStatus.ACCEPTED);
        });
    }
}
