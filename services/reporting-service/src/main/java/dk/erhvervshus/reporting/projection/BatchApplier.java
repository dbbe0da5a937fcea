package dk.erhvervshus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Applies a batch (a poll, or parked records to replay) so that its bad records never stop the
 * others: one transaction when it applies; when it fails because of its records, the search of
 * {@link BatchBisector} parks exactly those and commits the rest. A failure that is not the
 * records' fault ({@link FailureKind}) is thrown, with nothing committed. Blocking: the caller is
 * the consumer's own thread, never an event loop.
 */
@ApplicationScoped
public class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    private final ProjectionStore store;
    private final ConsumerSettings settings;
    private final ProjectionMetrics metrics;
    private final BatchBisector bisector =
            new BatchBisector(failure -> FailureKind.of(failure) == FailureKind.RECORD, RejectionReason::park);

    private final Event<GoalsMarked> marked;

    public BatchApplier(ProjectionStore store, ConsumerSettings settings, ProjectionMetrics metrics,
                        Event<GoalsMarked> marked) {
        this.marked = marked;
        this.store = store;
        this.settings = settings;
        this.metrics = metrics;
    }

    public AppliedBatch apply(DecodedBatch batch) {
        String source = batch.replay() ? ProjectionMetrics.REPLAY : ProjectionMetrics.POLL;
        long started = System.nanoTime();
        BatchBisector.Outcome<AppliedBatch> outcome = bisector.apply(batch.events(), (events, rejected, commit) ->
                store.attempt(batch, events, rejected, commit).await().atMost(settings.transactionTimeout()));
        metrics.batchApplied(source, Duration.ofNanos(System.nanoTime() - started));
        if (outcome.bisected()) {
            metrics.bisected(source);
            LOG.warnf("%s of %d records failed; %d record(s) behind it found in %d transactions and parked",
                    source, batch.size(), outcome.rejected().size(), outcome.attempts());
        }
        if (!outcome.result().marks().isEmpty()) {
            marked.fire(new GoalsMarked(outcome.result().marks()));
        }
        for (ParkedRecord parked : outcome.result().parked()) {
            LOG.warnf("parked %s (stream %s, version %s, %s): %s", parked.record().id(), parked.stream(), parked.version(),
                    parked.kind(), parked.reason());
        }
        return outcome.result();
    }
}
