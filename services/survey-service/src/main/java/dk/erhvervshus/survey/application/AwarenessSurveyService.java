package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.eventstore.EventMetadata;
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

    /** @return ACCEPTED at version 1, or DUPLICATE when the same result was recorded before */
    public WriteOutcome record(AwarenessSurveyForm form, String correlationId) {
        AwarenessSurveyRecorded proposed = validator.validate(form).orElseThrow();
        boolean conductedOnWasSent = form.conductedOn() != null && !form.conductedOn().isBlank();
        String surveyId = proposed.surveyId();
        return transactions.inTransaction(connection -> {
            AwarenessSurvey survey = AwarenessSurvey.rebuild(surveyId,
                    streams.load(connection, surveyId, AwarenessSurveyEvent.class));
            long loaded = survey.version();
            List<AwarenessSurveyEvent> events = survey.decide(proposed, conductedOnWasSent);
            if (events.isEmpty()) {
                return new WriteOutcome(surveyId, loaded, WriteStatus.DUPLICATE);
            }
            eventStore.append(connection, surveyId, loaded, events,
                    new EventMetadata(proposed.house(), correlationId, null));
            return new WriteOutcome(surveyId, loaded + events.size(), WriteStatus.ACCEPTED);
        });
    }
}
