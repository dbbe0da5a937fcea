package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.AwarenessSurvey;
import dk.erhvervshus.survey.domain.AwarenessSurveyForm;
import dk.erhvervshus.survey.domain.AwarenessSurveyValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Awareness survey results: validate, then load → decide → append in one transaction. */
@ApplicationScoped
public class AwarenessSurveyService {

    private final AwarenessSurveyValidator validator;
    private final Transactions transactions;
    private final EventStreams streams;
    private final EventStore eventStore;

    @Inject
    public AwarenessSurveyService(AwarenessSurveyValidator validator, Transactions transactions, EventStreams streams,
                                  EventStore eventStore) {
        this.validator = validator;
        this.transactions = transactions;
        this.streams = streams;
        this.eventStore = eventStore;
    }

    /**
     * @return ACCEPTED at version 1, or DUPLICATE when the same result was recorded before in its house
     * (a surveyId is unique per house)
     */
    public WriteOutcome record(AwarenessSurveyForm form, Provenance provenance) {
        AwarenessSurveyRecorded proposed = validator.validate(form).orElseThrow();
        boolean conductedOnWasSent = form.conductedOn() != null && !form.conductedOn().isBlank();
        String surveyId = proposed.surveyId();
        String aggregateId = AwarenessSurveyEvent.aggregateId(proposed.house(), surveyId);
        return transactions.inTransaction(connection -> {
            AwarenessSurvey survey = AwarenessSurvey.rebuild(surveyId,
                    streams.load(connection, aggregateId, AwarenessSurveyEvent.class));
            long loaded = survey.version();
            List<AwarenessSurveyEvent> events = survey.decide(proposed, conductedOnWasSent);
            if (events.isEmpty()) {
                return new WriteOutcome(surveyId, loaded, WriteStatus.DUPLICATE, provenance.token(0));
            }
            eventStore.append(connection, aggregateId, loaded, events, provenance.metadataFor(proposed.house()));
            return new WriteOutcome(surveyId, loaded + events.size(), WriteStatus.ACCEPTED,
                    provenance.token(events.size()));
        });
    }
}
