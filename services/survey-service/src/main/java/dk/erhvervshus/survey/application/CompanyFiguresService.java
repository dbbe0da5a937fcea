package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.StreamVersionConflictException;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.domain.CompanyFigures;
import dk.erhvervshus.survey.domain.CompanyFiguresForm;
import dk.erhvervshus.survey.domain.CompanyFiguresValidator;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Register figures, item by item: each valid company-year is compared with its latest report and
 * recorded when it differs. All valid items of a delivery are stored in one transaction.
 *
 * <p>When another delivery changes one of the same company-years meanwhile, the append fails on
 * the stream's version and the transaction is decided again from the new state. That is safe here,
 * unlike for a referral: the rule "the latest report wins" needs no judgement of the state the
 * sender saw.
 */
@ApplicationScoped
public class CompanyFiguresService {

    private static final int MAX_ATTEMPTS = 5;

    private final CompanyFiguresValidator validator;
    private final Transactions transactions;
    private final EventStreams streams;
    private final EventStore eventStore;

    @Inject
    public CompanyFiguresService(CompanyFiguresValidator validator, Transactions transactions, EventStreams streams,
                                 EventStore eventStore) {
        this.validator = validator;
        this.transactions = transactions;
        this.streams = streams;
        this.eventStore = eventStore;
    }

    /** One outcome per form, in order. */
    public List<FiguresItemOutcome> report(List<CompanyFiguresForm> forms, Provenance provenance) {
        List<Validated<CompanyFiguresReported>> items = validator.validateEach(forms);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(connection -> recordAll(connection, items, provenance));
            } catch (StreamVersionConflictException changedMeanwhile) {
                if (attempt == MAX_ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private List<FiguresItemOutcome> recordAll(Connection connection, List<Validated<CompanyFiguresReported>> items,
                                               Provenance provenance) throws SQLException {
        List<FiguresItemOutcome> outcomes = new ArrayList<>(items.size());
        for (Validated<CompanyFiguresReported> item : items) {
            outcomes.add(item.isValid()
                    // Each item is a write of its own, with a token of its own.
                    ? FiguresItemOutcome.written(item.value(), record(connection, item.value(), provenance.anotherWrite()))
                    : FiguresItemOutcome.refused(new InvalidInputException(item.errors())));
        }
        return outcomes;
    }

    private WriteOutcome record(Connection connection, CompanyFiguresReported report, Provenance provenance)
            throws SQLException {
        String aggregateId = CompanyFiguresEvent.aggregateId(report.cvr(), report.year());
        CompanyFigures figures = CompanyFigures.rebuild(report.cvr(), report.year(),
                streams.load(connection, aggregateId, CompanyFiguresEvent.class));
        long loaded = figures.version();
        List<CompanyFiguresEvent> events = figures.decide(report);
        if (events.isEmpty()) {
            return new WriteOutcome(aggregateId, loaded, WriteStatus.UNCHANGED, provenance.token(0));
        }
        // Register data belong to no house.
        eventStore.append(connection, aggregateId, loaded, events,
                provenance.metadataFor(CompanyFiguresEvent.NATIONAL));
        return new WriteOutcome(aggregateId, loaded + events.size(), WriteStatus.ACCEPTED,
                provenance.token(events.size()));
    }
}
