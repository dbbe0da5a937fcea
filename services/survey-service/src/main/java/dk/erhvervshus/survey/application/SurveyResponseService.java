package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.SurveyResponseForm;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.importing.Admission;
import dk.erhvervshus.survey.importing.ImportSummary;
import dk.erhvervshus.survey.importing.SurveyCsvImporter;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The user evaluation's answers: one response, a JSON batch, or the CSV export. All three validate
 * with the same rules and store through {@link SurveyResponseStore}, so a responseId is a duplicate
 * however it arrived before. Every method returns only after what it reports as accepted is committed.
 */
@ApplicationScoped
public class SurveyResponseService {

    private final SurveyResponseValidator validator;
    private final SurveyCsvImporter importer;
    private final SurveyResponseStore store;
    private final Transactions transactions;
    private final EventStreams streams;
    private final int chunkSize;

    @Inject
    public SurveyResponseService(SurveyResponseValidator validator, SurveyCsvImporter importer,
                                 SurveyResponseStore store, Transactions transactions, EventStreams streams,
                                 @ConfigProperty(name = "survey.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.validator = validator;
        this.importer = importer;
        this.store = store;
        this.transactions = transactions;
        this.streams = streams;
        this.chunkSize = chunkSize;
    }

    /** @return ACCEPTED or DUPLICATE; invalid fields and an id of another kind of record are thrown */
    public Admission record(SurveyResponseForm form, String correlationId) {
        SurveyResponseRecorded response = validator.validate(form).orElseThrow();
        Admission admission = store.admit(List.of(response), correlationId).get(0);
        if (admission == Admission.ID_TAKEN) {
            throw idTaken(response.responseId());
        }
        return admission;
    }

    /** Each form on its own: valid ones are stored even when others are not. One outcome per form, in order. */
    public List<ResponseItemOutcome> recordEach(List<SurveyResponseForm> forms, String correlationId) {
        List<ResponseItemOutcome> outcomes = new ArrayList<>(forms.size());
        List<Integer> validPositions = new ArrayList<>();
        List<SurveyResponseRecorded> valid = new ArrayList<>();
        for (SurveyResponseForm form : forms) {
            Validated<SurveyResponseRecorded> response = validator.validate(form);
            if (response.isValid()) {
                validPositions.add(outcomes.size());
                valid.add(response.value());
                outcomes.add(null);
            } else {
                outcomes.add(ResponseItemOutcome.refused(null, new InvalidInputException(response.errors())));
            }
        }
        for (int from = 0; from < valid.size(); from += chunkSize) {
            List<SurveyResponseRecorded> chunk = valid.subList(from, Math.min(valid.size(), from + chunkSize));
            List<Admission> admissions = store.admit(chunk, correlationId);
            for (int i = 0; i < chunk.size(); i++) {
                String responseId = chunk.get(i).responseId();
                outcomes.set(validPositions.get(from + i), admissions.get(i) == Admission.ID_TAKEN
                        ? ResponseItemOutcome.refused(responseId, idTaken(responseId))
                        : ResponseItemOutcome.stored(responseId, admissions.get(i)));
            }
        }
        return outcomes;
    }

    /** Streams the export through the importer; the summary comes after the last chunk committed. */
    public ImportOutcome importCsv(InputStream csv, String correlationId) throws IOException {
        long started = System.nanoTime();
        ImportSummary summary = importer.importFrom(csv, store.sink(correlationId));
        return new ImportOutcome(summary, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The stored response, as published on survey-events. */
    public EventEnvelope find(String responseId) {
        List<EventEnvelope> stream = transactions.read(connection -> streams.envelopes(connection, responseId));
        if (stream.isEmpty() || !(stream.get(0).payload() instanceof SurveyResponseRecorded)) {
            throw new NotFoundException("survey response " + responseId + " does not exist");
        }
        return stream.get(0);
    }

    private static ConflictException idTaken(String responseId) {
        return new ConflictException("'" + responseId + "' is already the id of another kind of record (an awareness"
                + " survey, a referral or an effect cohort); a survey response needs an id of its own");
    }
}
