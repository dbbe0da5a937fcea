package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.EventStoreException;
import dk.erhvervshus.eventstore.NewStream;
import dk.erhvervshus.eventstore.StreamVersionConflictException;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.survey.eventstore.ExistingStreams;
import dk.erhvervshus.survey.importing.Admission;
import dk.erhvervshus.survey.importing.RowSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records survey responses a chunk per transaction: the CSV import's {@link RowSink}, also used for
 * JSON batches and single responses. A response is its own stream with one event, so a responseId
 * that has a stream is a duplicate, whatever its content: the first answer stands (the v1 contract: re-sending
 * a responseId is a no-op). A responseId is unique per house: the stream is
 * {@code response:<house>:<responseId>}, so another house's response of the same id is a new one.
 *
 * <p>Per chunk: one query finds the ids already stored, a set catches ids repeated within the
 * chunk, and the new responses are appended together as new streams (version 1 each) by one
 * batched append. Two imports of overlapping files at once both pass the query for an id; the
 * unique (aggregate_id, version) constraint lets one win and fails the other's batch. The loser's transaction is rolled back
 * whole and decided again: the winner has committed, so the new query sees its ids as duplicates.
 * Nothing is acknowledged before its commit.
 */
@ApplicationScoped
public class SurveyResponseStore {

    private static final Logger LOG = Logger.getLogger(SurveyResponseStore.class);
    /** Each retry follows a commit by a competing writer, so a few always suffice in practice. */
    private static final int MAX_ATTEMPTS = 5;
    private static final String DEADLOCK_DETECTED = "40P01";

    private final Transactions transactions;
    private final EventStore eventStore;
    private final ExistingStreams existingStreams;

    @Inject
    public SurveyResponseStore(Transactions transactions, EventStore eventStore, ExistingStreams existingStreams) {
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.existingStreams = existingStreams;
    }

    /** The import's sink; every event it stores carries {@code provenance}. */
    public RowSink sink(Provenance provenance) {
        return chunk -> admit(chunk, provenance);
    }

    /**
     * Stores the new responses of {@code chunk} in one transaction, all of one write (an import's
     * chunk, a single response); one admission per response, in order.
     */
    public List<Admission> admit(List<SurveyResponseRecorded> chunk, Provenance provenance) {
        return admitEach(chunk, Collections.nCopies(chunk.size(), provenance));
    }

    /**
     * Like {@link #admit}, each response the write of its own provenance (the items of a JSON batch).
     *
     * @param provenances one per response of {@code chunk}, in its order
     */
    public List<Admission> admitEach(List<SurveyResponseRecorded> chunk, List<Provenance> provenances) {
        if (provenances.size() != chunk.size()) {
            throw new IllegalArgumentException(chunk.size() + " responses but " + provenances.size() + " provenances");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(connection -> admitOnce(connection, chunk, provenances));
            } catch (StreamVersionConflictException | EventStoreException lostRace) {
                if (attempt == MAX_ATTEMPTS || !isRace(lostRace)) {
                    throw lostRace;
                }
                LOG.infof("a chunk of %d responses met a concurrent writer of the same ids (%s); deciding it again",
                        chunk.size(), lostRace.getMessage());
            }
        }
    }

    private List<Admission> admitOnce(Connection connection, List<SurveyResponseRecorded> chunk,
                                      List<Provenance> provenances) throws SQLException {
        List<String> streams = chunk.stream().map(SurveyResponseStore::streamOf).toList();
        Set<String> stored = existingStreams.existing(connection, streams);
        Set<String> seenInChunk = new HashSet<>();
        List<Admission> admissions = new ArrayList<>(chunk.size());
        List<NewStream> newStreams = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            SurveyResponseRecorded response = chunk.get(i);
            String stream = streams.get(i);
            if (stored.contains(stream) || !seenInChunk.add(stream)) {
                admissions.add(Admission.DUPLICATE);
            } else {
                newStreams.add(new NewStream(stream, List.of(response), provenances.get(i).metadataFor(response.house())));
                admissions.add(Admission.ACCEPTED);
            }
        }
        // All new responses of the chunk in one batched append: two statements, not two per response.
        eventStore.appendNewStreams(connection, newStreams);
        return admissions;
    }

    private static String streamOf(SurveyResponseRecorded response) {
        return SurveyResponseEvent.aggregateId(response.house(), response.responseId());
    }

    /**
     * A competing writer got an id first (unique violation), or two chunks waited on each other's
     * ids (PostgreSQL breaks the deadlock by failing one): either way deciding again is safe.
     */
    private static boolean isRace(RuntimeException failure) {
        if (failure instanceof StreamVersionConflictException) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK_DETECTED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
