package dk.erhvervshus.reporting.projection;

import org.apache.kafka.common.TopicPartition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * A polled batch handed to the applier thread, so that the consumer's thread polls and decodes the
 * next one while the database works on this one. At most one is in flight: the next is handed over
 * only after this one is settled (committed, or failed and rewound), so batches apply one after the
 * other, in poll order. It remembers each partition's first offset, which is where a failure puts
 * the partition back.
 */
final class BatchInFlight {

    private final DecodedBatch batch;
    private final Map<TopicPartition, Long> firstOffsets;
    private final CompletableFuture<AppliedBatch> result;

    private BatchInFlight(DecodedBatch batch, Map<TopicPartition, Long> firstOffsets, CompletableFuture<AppliedBatch> result) {
        this.batch = batch;
        this.firstOffsets = firstOffsets;
        this.result = result;
    }

    /**
     * Starts applying the batch on {@code applierThread} (a single thread: one transaction at a time).
     *
     * @param committed run there right after the commit, so what readers see of the projection (lag,
     *                  parked counts) moves with the database and not only when the consumer's thread
     *                  next looks (after its poll)
     */
    static BatchInFlight apply(List<ConsumedRecord> records, DecodedBatch batch, BatchApplier applier,
                               ExecutorService applierThread, Consumer<AppliedBatch> committed) {
        return new BatchInFlight(batch, firstOffsets(records), CompletableFuture.supplyAsync(() -> {
            AppliedBatch applied = applier.apply(batch);
            committed.accept(applied);
            return applied;
        }, applierThread));
    }

    /** The offset of the first record of each partition in these records, in the order they came. */
    static Map<TopicPartition, Long> firstOffsets(List<ConsumedRecord> records) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        for (ConsumedRecord record : records) {
            first.merge(record.topicPartition(), record.offset(), Math::min);
        }
        return Collections.unmodifiableMap(first);
    }

    DecodedBatch batch() {
        return batch;
    }

    Map<TopicPartition, Long> firstOffsets() {
        return firstOffsets;
    }

    /**
     * Waits until the batch is committed or has failed. Never interrupted halfway: the transaction
     * finishes (or times out, {@code transaction-timeout}) whatever the consumer's thread is asked meanwhile.
     *
     * @throws RuntimeException what applying it threw
     */
    AppliedBatch await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
