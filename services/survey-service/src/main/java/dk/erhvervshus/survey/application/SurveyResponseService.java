package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.SurveyResponseForm;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.importing.Admission;
import dk.erhvervshus.survey.importing.HouseAccess;
import dk.erhvervshus.survey.importing.ImportSummary;
import dk.erhvervshus.survey.importing.SurveyCsvImporter;
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
 * in its house however it arrived before. Every method returns only after what it reports as
 * accepted is committed.
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

    /** @return ACCEPTED or DUPLICATE, with the write's token; invalid fields are thrown */
    public ResponseItemOutcome record(SurveyResponseForm form, Provenance provenance) {
        SurveyResponseRecorded response = validator.validate(form).orElseThrow();
        Admission admission = store.admit(List.of(response), provenance).get(0);
        return ResponseItemOutcome.stored(response.responseId(), admission, tokenOf(admission, provenance));
    }

    /** A response is a stream of one event: accepted, the write appended one; a duplicate, none. */
    private static ConsistencyToken tokenOf(Admission admission, Provenance provenance) {
        return provenance.token(admission == Admission.ACCEPTED ? 1 : 0);
    }

    /**
     * Each form on its own: valid ones are stored even when others are not, each a write of its own
     * (its own token). One outcome per form, in order.
     */
    public List<ResponseItemOutcome> recordEach(List<SurveyResponseForm> forms, Provenance provenance) {
        List<ResponseItemOutcome> outcomes = new ArrayList<>(forms.size());
        List<Integer> validPositions = new ArrayList<>();
        List<SurveyResponseRecorded> valid = new ArrayList<>();
        List<Provenance> writes = new ArrayList<>();
        for (SurveyResponseForm form : forms) {
            Validated<SurveyResponseRecorded> response = validator.validate(form);
            if (response.isValid()) {
                validPositions.add(outcomes.size());
                valid.add(response.value());
                writes.add(provenance.anotherWrite());
                outcomes.add(null);
            } else {
                outcomes.add(ResponseItemOutcome.refused(new InvalidInputException(response.errors())));
            }
        }
        for (int from = 0; from < valid.size(); from += chunkSize) {
            int to = Math.min(valid.size(), from + chunkSize);
            List<SurveyResponseRecorded> chunk = valid.subList(from, to);
            List<Admission> admissions = store.admitEach(chunk, writes.subList(from, to));
            for (int i = 0; i < chunk.size(); i++) {
                outcomes.set(validPositions.get(from + i), ResponseItemOutcome.stored(chunk.get(i).responseId(),
                        admissions.get(i), tokenOf(admissions.get(i), writes.get(from + i))));
            }
        }
        return outcomes;
    }

    /**
     * Streams the export through the importer; the summary comes after the last chunk committed.
     * Rows of a house {@code access} refuses are rejected, the others imported.
     */
    public ImportOutcome importCsv(InputStream csv, HouseAccess access, Provenance provenance) throws IOException {
        long started = System.nanoTime();
        ImportSummary summary = importer.importFrom(csv, access, store.sink(provenance));
        // One write however many chunks: each accepted row is one event carrying the import's writeId.
        return new ImportOutcome(summary, Duration.ofNanos(System.nanoTime() - started),
                provenance.token(summary.accepted()));
    }

    /** The stored response of {@code house}, as published on survey-events. */
    public EventEnvelope find(String house, String responseId) {
        String aggregateId = SurveyResponseEvent.aggregateId(house, responseId);
        List<EventEnvelope> stream = transactions.read(connection -> streams.envelopes(connection, aggregateId));
        if (stream.isEmpty()) {
            throw new NotFoundException("house " + house + " has no survey response " + responseId);
        }
        return stream.get(0);
    }
}
