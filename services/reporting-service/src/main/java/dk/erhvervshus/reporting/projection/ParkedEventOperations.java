package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.NotFoundException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays and discards of parked records, run on the consumer's thread between two polls (so the
 * projection keeps one writer and every stream its order). A replay decodes the stored bytes with
 * the code running now and applies them like a poll (the same stream rule, the same search for bad
 * records), except that it moves no position: a fixed decoder or projection, an upcaster, or a
 * relaxed read-model constraint is what makes a parked record apply.
 */
public final class ParkedEventOperations {

    private final ParkedEventStore parked;
    private final BatchApplier applier;
    private final Runnable countsChanged;
    private final int batchSize;
    private final Duration timeout;

    ParkedEventOperations(ParkedEventStore parked, BatchApplier applier, Runnable countsChanged, int batchSize,
                          Duration timeout) {
        this.parked = parked;
        this.applier = applier;
        this.countsChanged = countsChanged;
        this.batchSize = batchSize;
        this.timeout = timeout;
    }

    /** The record, and the records of its stream waiting behind it: the record first, then by version. */
    public ReplayOutcome replay(RecordId id) {
        ParkedEventStore.Stored head = parkedRecord(id);
        List<ParkedEventStore.Stored> records = new ArrayList<>(List.of(head));
        if (head.stream() != null) {
            long after = head.version() == null ? 0 : head.version();
            records.addAll(parked.waitingBehind(head.stream(), after, batchSize - 1).await().atMost(timeout));
        }
        return replay(records, 0);
    }

    /** The stream's parked records, by version (undecodable ones first). */
    public ReplayOutcome replayStream(String stream) {
        ParkedEventStore.Selection selection = parked.ofStream(stream, batchSize).await().atMost(timeout);
        return replay(selection.records(), selection.matching() - selection.records().size());
    }

    /** Every parked record, stream by stream: one batch per call, {@code remaining} tells whether to call again. */
    public ReplayOutcome replayAll() {
        ParkedEventStore.Selection selection = parked.all(batchSize).await().atMost(timeout);
        return replay(selection.records(), selection.matching() - selection.records().size());
    }

    /** Gives a parked record up, keeping the reason; its stream moves past it if it was the stream's next version. */
    public void discard(RecordId id, String reason) {
        parkedRecord(id);
        if (!parked.discard(id, reason).await().atMost(timeout)) {
            throw new ConflictException("parked event " + id + " was replayed or discarded meanwhile");
        }
        countsChanged.run();
    }

    private ReplayOutcome replay(List<ParkedEventStore.Stored> records, long remaining) {
        if (records.isEmpty()) {
            return ReplayOutcome.nothing(remaining);
        }
        AppliedBatch applied = applier.apply(DecodedBatch.replayOf(ParkedEventStore.records(records)));
        countsChanged.run();
        return new ReplayOutcome(records.size(), applied.resolved().size(), applied.parked(), remaining);
    }

    private ParkedEventStore.Stored parkedRecord(RecordId id) {
        ParkedEventStore.Stored stored = parked.find(id).await().atMost(timeout)
                .orElseThrow(() -> new NotFoundException("id", "no parked event " + id));
        if (!stored.isParked()) {
            throw new ConflictException("parked event " + id + " is " + stored.status() + ", not PARKED");
        }
        return stored;
    }
}
