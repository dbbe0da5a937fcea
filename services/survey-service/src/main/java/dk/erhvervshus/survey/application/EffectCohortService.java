package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.EffectCohort;
import dk.erhvervshus.survey.domain.EffectCohortForm;
import dk.erhvervshus.survey.domain.EffectCohortValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Goal-6 effect cohorts: validate, then load → decide → append in one transaction. */
@ApplicationScoped
public class EffectCohortService {

    private final EffectCohortValidator validator;
    private final Transactions transactions;
    private final EventStreams streams;
    private final EventStore eventStore;

    @Inject
    public EffectCohortService(EffectCohortValidator validator, Transactions transactions, EventStreams streams,
                               EventStore eventStore) {
        this.validator = validator;
        this.transactions = transactions;
        this.streams = streams;
        this.eventStore = eventStore;
    }

    /** @return ACCEPTED (a new cohort of its house), REDEFINED (new lists) or UNCHANGED */
    public WriteOutcome define(EffectCohortForm form, Provenance provenance) {
        EffectCohortDefined proposed = validator.validate(form).orElseThrow();
        String cohortId = proposed.cohortId();
        String aggregateId = EffectCohortEvent.aggregateId(proposed.house(), cohortId);
        return transactions.inTransaction(connection -> {
            EffectCohort cohort = EffectCohort.rebuild(cohortId,
                    streams.load(connection, aggregateId, EffectCohortEvent.class));
            long loaded = cohort.version();
            List<EffectCohortEvent> events = cohort.decide(proposed);
            if (events.isEmpty()) {
                return new WriteOutcome(cohortId, loaded, WriteStatus.UNCHANGED, provenance.token(0));
            }
            eventStore.append(connection, aggregateId, loaded, events, provenance.metadataFor(proposed.house()));
            return new WriteOutcome(cohortId, loaded + events.size(),
                    loaded == 0 ? WriteStatus.ACCEPTED : WriteStatus.REDEFINED, provenance.token(events.size()));
        });
    }
}
