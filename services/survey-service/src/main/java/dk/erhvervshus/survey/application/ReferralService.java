package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.Referral;
import dk.erhvervshus.survey.domain.ReferralForm;
import dk.erhvervshus.survey.domain.ReferralOutcomeForm;
import dk.erhvervshus.survey.domain.ReferralOutcomeReport;
import dk.erhvervshus.survey.domain.ReferralValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Function;

/**
 * Referrals and their outcome reports: validate, then load → decide → append in one transaction.
 * {@link Referral} decides: a repeat is a no-op, another referral under the id is a conflict, an
 * outcome needs an existing referral and replaces the earlier outcome. A referral id is unique per
 * house: each house's referrals are streams of their own, and an outcome is looked up in the house
 * it names only, so no house can report on (or learn of) another house's referral.
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
    public WriteOutcome make(ReferralForm form, Provenance provenance) {
        ReferralMade made = validator.validate(form).orElseThrow();
        return decideAndAppend(made.house(), made.referralId(), referral -> referral.decide(made),
                WriteStatus.DUPLICATE, provenance);
    }

    /** @return ACCEPTED with the new version, or UNCHANGED when the latest outcome is the same */
    public WriteOutcome reportOutcome(String referralId, ReferralOutcomeForm form, Provenance provenance) {
        ReferralOutcomeReport report = validator.validateOutcome(referralId, form).orElseThrow();
        return decideAndAppend(report.house(), report.outcome().referralId(),
                referral -> referral.decide(report.outcome()), WriteStatus.UNCHANGED, provenance);
    }

    /** Every event of a referral carries the house that made it, its outcomes too. */
    private WriteOutcome decideAndAppend(String house, String referralId,
                                         Function<Referral, List<ReferralEvent>> decision,
                                         WriteStatus whenNothingChanged, Provenance provenance) {
        String aggregateId = ReferralEvent.aggregateId(house, referralId);
        return transactions.inTransaction(connection -> {
            Referral referral = Referral.rebuild(referralId,
                    streams.load(connection, aggregateId, ReferralEvent.class));
            long loaded = referral.version();
            List<ReferralEvent> events = decision.apply(referral);
            if (events.isEmpty()) {
                return new WriteOutcome(referralId, loaded, whenNothingChanged, provenance.token(0));
            }
            eventStore.append(connection, aggregateId, loaded, events, provenance.metadataFor(house));
            return new WriteOutcome(referralId, loaded + events.size(), WriteStatus.ACCEPTED,
                    provenance.token(events.size()));
        });
    }
}
