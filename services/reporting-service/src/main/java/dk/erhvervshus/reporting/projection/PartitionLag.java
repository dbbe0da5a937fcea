package dk.erhvervshus.reporting.projection;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the projection is behind in one partition, for the lag gauges. Written by the consumer's
 * thread, read by the metrics scrape.
 *
 * <ul>
 *   <li>In records: the partition's log end (from the consumer's periodic look at the broker) minus
 *       the next offset to apply (the stored position).</li>
 *   <li>In seconds: 0 when nothing is unapplied; otherwise now minus the recorded time (the
 *       producing service's {@code recordedAt}) of the oldest unapplied event, when the consumer
 *       holds it (its batch is being applied, or retried), else of the newest event applied from
 *       the partition: everything after that one is unapplied, so the figures are at most that old.</li>
 * </ul>
 * Either is NaN while unknown (before the first look at the broker, or before anything was applied).
 */
public final class PartitionLag {

    private volatile long nextOffset = -1;
    private volatile long logEnd = -1;
    private volatile Instant newestApplied;
    private volatile Instant oldestInHand;

    /** Where the partition was sought to on assignment. */
    public void positioned(long next, Instant newestAppliedRecordedAt) {
        nextOffset = next;
        newestApplied = newestAppliedRecordedAt;
        oldestInHand = null;
    }

    public void logEnd(long end) {
        logEnd = end;
    }

    /** A batch holding unapplied events of this partition was taken; the oldest of them was recorded then. */
    public void inHand(Instant oldestRecordedAt) {
        oldestInHand = oldestRecordedAt;
    }

    /** A batch committed; {@code newestRecordedAt} is null when it applied no event of this partition. */
    public void applied(long next, Instant newestRecordedAt) {
        nextOffset = Math.max(nextOffset, next);
        if (newestRecordedAt != null && (newestApplied == null || newestRecordedAt.isAfter(newestApplied))) {
            newestApplied = newestRecordedAt;
        }
        oldestInHand = null;
    }

    public double records() {
        long next = nextOffset;
        long end = logEnd;
        if (next < 0 || end < 0) {
            return Double.NaN;
        }
        return Math.max(0, end - next);
    }

    public double seconds(Instant now) {
        Instant inHand = oldestInHand;
        double records = records();
        if (inHand == null && records == 0) {
            return 0;
        }
        Instant since = inHand != null ? inHand : newestApplied;
        if (since == null || (inHand == null && Double.isNaN(records))) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
    }
}
