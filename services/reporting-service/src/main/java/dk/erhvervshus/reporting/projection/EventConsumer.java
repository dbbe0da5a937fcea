package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.validation.ConflictException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code guidance-events} and {@code survey-events} on its own thread, as one consumer
 * subscribed to both topics, and applies each poll (records of either topic or both) as one
 * database transaction that also stores the next offset per partition ({@code consumer_positions}).
 * The transactions run on a second thread, one batch at a time and in poll order, while the
 * consumer's thread polls and decodes the next batch ({@link BatchInFlight}): a rebuild keeps the
 * broker, the decoding and the database busy at once instead of one after the other.
 * The database, not Kafka, owns the position: on assignment each partition is sought to the stored
 * offset, so a crash between the commit and anything after it re-reads nothing that counted and
 * loses nothing that did not. Offsets are also committed to Kafka after the database commit, only
 * so that lag tooling sees them; being written afterwards they are never ahead of the database.
 *
 * <p>The stored position is the truth: a partition whose stored position the broker does not have
 * ({@link PositionOutOfRange}) stops the consumer, readiness DOWN naming it; Kafka's own reset is
 * off ({@code auto.offset.reset=none}), so nothing is ever skipped silently. A batch that fails for
 * a reason that is not its records' is retried with a growing pause and parks nothing; a batch with
 * bad records parks exactly those ({@link BatchApplier}). Replays and discards of parked records
 * run here too, between two polls ({@link #submit}).
 */
@ApplicationScoped
public class EventConsumer {

    /** Every topic a read model is projected from; one group, one consumer thread, one transaction per poll. */
    public static final List<String> TOPICS = List.of(Topics.GUIDANCE_EVENTS, Topics.SURVEY_EVENTS);

    /** How long an operation may wait for the consumer's thread before it is given up, undone. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(30);

    /** How long one look at the broker (offsets, metadata) may take. */
    private static final Duration BROKER_CALL = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ConsumerSettings settings;
    private final Map<String, Object> kafkaConfig;
    private final ProjectionStore store;
    private final ParkedEventStore parkedStore;
    private final BatchApplier applier;
    private final ProjectionMetrics metrics;
    private final Clock clock;
    private final LinkedBlockingQueue<QueuedOperation<?>> operations = new LinkedBlockingQueue<>();

    private volatile Run current;

    /** @param kafkaConfig every {@code kafka.*} key (bootstrap servers, SASL settings), as the outbox relay gets them */
    public EventConsumer(ConsumerSettings settings,
                         @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                         ProjectionStore store, ParkedEventStore parkedStore, BatchApplier applier,
                         ProjectionMetrics metrics, Clock clock) {
        this.settings = settings;
        this.kafkaConfig = kafkaConfig;
        this.store = store;
        this.parkedStore = parkedStore;
        this.applier = applier;
        this.metrics = metrics;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            LOG.info("projection consumer disabled (reporting.consumer.enabled=false)");
            return;
        }
        launch();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        halt();
    }

    /**
     * Stops the consumer after its current batch and starts it again from the stored positions: after
     * an operator dealt with a position out of range, or changed positions.
     */
    public synchronized ConsumerStatus restart() {
        if (!settings.enabled()) {
            throw new ConflictException("this instance does not project (reporting.consumer.enabled=false)");
        }
        halt();
        launch();
        return status();
    }

    public ConsumerStatus status() {
        Run run = current;
        if (run == null) {
            return settings.enabled() ? ConsumerStatus.STOPPED : ConsumerStatus.DISABLED;
        }
        return run.status;
    }

    /** A short reason for the last failure (never an exception's text), or null. */
    public String lastError() {
        Run run = current;
        return run == null ? null : run.lastError;
    }

    /** The partitions this instance reads now; with several instances each has a part of them. */
    public Set<TopicPartition> assignedPartitions() {
        Run run = current;
        return run == null ? Set.of() : Set.copyOf(run.lags.keySet());
    }

    /** The partitions whose stored position the broker does not have, once the consumer stopped for them. */
    public List<PositionOutOfRange> outOfRange() {
        Run run = current;
        return run == null ? List.of() : run.outOfRange;
    }

    /** Since when the broker has not answered, if it does not now. */
    public Optional<Instant> brokerUnreachableSince() {
        Run run = current;
        return run == null ? Optional.empty() : Optional.ofNullable(run.brokerUnreachableSince);
    }

    /**
     * Runs {@code work} on the consumer's thread between two polls, so that replays and discards never
     * write beside a batch. Refused (409) when this instance's consumer does not run; given up (and
     * never run) when the thread has not taken it within {@link #QUEUE_WAIT}, e.g. while it retries a
     * database that is away.
     */
    public <T> CompletionStage<T> submit(Function<ParkedEventOperations, T> work) {
        ConsumerStatus now = status();
        if (now == ConsumerStatus.DISABLED || now == ConsumerStatus.STOPPED) {
            throw new ConflictException("the projection consumer of this instance is " + now
                    + "; parked events are replayed and discarded by it");
        }
        QueuedOperation<T> operation = new QueuedOperation<>(work);
        operations.add(operation);
        CompletableFuture.delayedExecutor(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (operation.giveUp(new ProjectionBusyException(QUEUE_WAIT, status()))) {
                operations.remove(operation);
            }
        });
        return operation.result;
    }

    private synchronized void launch() {
        Run run = new Run();
        current = run;
        run.start();
    }

    private synchronized void halt() {
        Run run = current;
        if (run != null) {
            run.stop();
        }
    }

    /** The broker connection from {@code kafka.*}; the consumer's own behaviour on top, so no key can weaken it. */
    private Properties properties() {
        Properties p = new Properties();
        p.putAll(kafkaConfig);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-projection");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Every partition is sought to its stored position; Kafka must never pick one itself.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(1000, settings.sessionTimeout().toMillis() / 3));
        return p;
    }

    /** One life of the consumer thread, from start (or restart) until it stops; readiness reads its state. */
    private final class Run implements Runnable {

        private final Thread thread = new Thread(this, "events-projection");
        private final CountDownLatch stopRequested = new CountDownLatch(1);
        private final Map<TopicPartition, PartitionLag> lags = new ConcurrentHashMap<>();
        /** Assigned partitions that could not be sought yet (database or broker away): paused until they are. */
        private final Set<TopicPartition> unpositioned = new HashSet<>();
        private final ParkedEventOperations parkedEvents = new ParkedEventOperations(parkedStore, applier,
                this::refreshParkedCounts, settings.maxPollRecords(), settings.transactionTimeout());
        /** Applies one batch at a time while this run's consumer thread polls and decodes the next. */
        private final ExecutorService applierThread = Executors.newSingleThreadExecutor(task -> {
            Thread applying = new Thread(task, "events-projection-apply");
            applying.setDaemon(true);
            return applying;
        });
        /** The batch the applier thread works on; only the consumer's thread reads or sets it. */
        private BatchInFlight inFlight;
        /** Where the partitions of a failed batch are to be read again from; consumer thread only. */
        private final Map<TopicPartition, Long> rewindPending = new HashMap<>();

        private volatile boolean stopping;
        private volatile KafkaConsumer<String, byte[]> kafka;
        private volatile ConsumerStatus status = ConsumerStatus.STARTING;
        private volatile String lastError;
        private volatile List<PositionOutOfRange> outOfRange = List.of();
        private volatile Instant brokerUnreachableSince;
        private Duration backoff = settings.retryBackoff();
        private Instant nextProbe = Instant.MIN;
        private Instant nextPositioning = Instant.MIN;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            stopping = true;
            stopRequested.countDown();
            KafkaConsumer<String, byte[]> running = kafka;
            if (running != null) {
                running.wakeup();
            }
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                kafka = consumer;
                consumer.subscribe(TOPICS, new PositionFromDatabase(consumer));
                status = ConsumerStatus.RUNNING;
                refreshParkedCounts();
                try {
                    consume(consumer);
                } finally {
                    // The batch being applied commits (or fails) before the consumer and its partitions go.
                    settleQuietly(consumer);
                }
                if (!outOfRange.isEmpty()) {
                    lastError = "stored position out of range";
                    LOG.errorf("projection consumer stopped: the broker does not have the stored position of %s. Nothing "
                                    + "was skipped or applied; see reporting-service's README (\"The stored position is the truth\") "
                                    + "for what to do, then POST /api/v1/operations/projection-consumer/restart",
                            outOfRange.stream().map(PositionOutOfRange::describe).collect(Collectors.joining("; ")));
                }
            } catch (WakeupException e) {
                if (!stopping) {
                    LOG.error("projection consumer woken up unexpectedly", e);
                }
            } catch (RuntimeException e) {
                lastError = ConsumerReadinessCheck.reasonFor(e);
                LOG.error("projection consumer stopped", e);
            } finally {
                applierThread.shutdown();
                kafka = null;
                lags.forEach(metrics::untrack);
                lags.clear();
                status = ConsumerStatus.STOPPED;
                failQueuedOperations();
            }
        }

        /**
         * Polls and decodes the next batch while the applier thread applies the previous one, then
         * waits for that one and hands the new one over: at most one batch in the database at a time,
         * in poll order, and the Kafka consumer touched by this thread only. A batch that failed puts
         * its partitions (and those of the batch polled meanwhile, which is dropped) back to their
         * first records before anything else is read, so nothing is skipped or applied out of order.
         * Replays and discards wait until no batch is in flight.
         */
        private void consume(KafkaConsumer<String, byte[]> consumer) {
            while (!stopping && outOfRange.isEmpty()) {
                if (!operations.isEmpty()) {
                    settle(consumer);
                    if (recoverFromFailedBatch(consumer, Map.of())) {
                        continue;
                    }
                    runQueuedOperations();
                }
                positionWaitingPartitions(consumer);
                probeBroker(consumer);
                ConsumerRecords<String, byte[]> records;
                try {
                    records = consumer.poll(settings.pollTimeout());
                } catch (OffsetOutOfRangeException e) {
                    outOfRange = outOfRange(consumer, e.offsetOutOfRangePartitions());
                    break;
                }
                List<ConsumedRecord> consumed = new ArrayList<>(records.count());
                records.forEach(r -> consumed.add(ConsumedRecord.of(r)));
                DecodedBatch batch = consumed.isEmpty() ? null : DecodedBatch.decode(consumed);
                settle(consumer);
                if (recoverFromFailedBatch(consumer, BatchInFlight.firstOffsets(consumed))) {
                    continue;
                }
                if (batch != null) {
                    oldestInHand(batch).forEach((partition, recordedAt) -> lag(partition).inHand(recordedAt));
                    inFlight = BatchInFlight.apply(consumed, batch, applier, applierThread, this::committed);
                }
            }
        }

        /**
         * Waits for the batch in flight, if any. Committed: its positions are the partitions' lag and
         * are committed to Kafka too (for lag tooling; partitions still assigned only). Failed: nothing
         * of it was committed and its partitions are due to be read again from its first records.
         */
        private void settle(KafkaConsumer<String, byte[]> consumer) {
            BatchInFlight settling = inFlight;
            if (settling == null) {
                return;
            }
            inFlight = null;
            AppliedBatch applied;
            try {
                applied = settling.await();
            } catch (RuntimeException e) {
                FailureKind kind = e instanceof BatchBisector.BatchCannotBeAppliedException
                        ? FailureKind.UNEXPECTED : FailureKind.of(e);
                metrics.batchFailed(kind == FailureKind.UNAVAILABLE ? kind : FailureKind.UNEXPECTED);
                status = ConsumerStatus.RETRYING;
                lastError = ConsumerReadinessCheck.reasonFor(e);
                LOG.warnf(e, "batch of %d records not applied (%s), nothing parked; reading it again in %s",
                        settling.batch().size(), lastError, backoff);
                settling.firstOffsets().forEach((partition, first) -> rewindPending.merge(partition, first, Math::min));
                return;
            }
            backoff = settings.retryBackoff();
            Set<TopicPartition> assigned = consumer.assignment();
            Map<TopicPartition, Long> stillOurs = new HashMap<>();
            applied.nextOffsets().forEach((partition, next) -> {
                if (assigned.contains(partition)) {
                    stillOurs.put(partition, next);
                }
            });
            if (!stillOurs.isEmpty()) {
                consumer.commitAsync(kafkaOffsets(stillOurs), null);
            }
        }

        /** On the applier thread, as soon as a batch committed: the state readiness, lag and parked counts show. */
        private void committed(AppliedBatch applied) {
            status = ConsumerStatus.RUNNING;
            lastError = null;
            applied.nextOffsets().forEach((partition, next) -> {
                PartitionLag lag = lags.get(partition);
                if (lag != null) {
                    lag.applied(next, applied.newestRecordedAt().get(partition));
                }
            });
            if (!applied.parked().isEmpty()) {
                refreshParkedCounts();
            }
        }

        private void settleQuietly(KafkaConsumer<String, byte[]> consumer) {
            try {
                settle(consumer);
            } catch (RuntimeException e) {
                LOG.debugf(e, "while settling the last batch");
            }
        }

        /**
         * After a failed batch: puts every partition of it, and of {@code dropped} (a batch polled
         * meanwhile, never applied), back to its earliest unapplied record, then pauses with a growing
         * backoff. Partitions no longer assigned are left to whoever gets them (they read the stored positions).
         *
         * @return true if a batch had failed
         */
        private boolean recoverFromFailedBatch(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> dropped) {
            if (rewindPending.isEmpty()) {
                return false;
            }
            Map<TopicPartition, Long> rewindTo = new HashMap<>(dropped);
            rewindPending.forEach((partition, first) -> rewindTo.merge(partition, first, Math::min));
            rewindPending.clear();
            Set<TopicPartition> assigned = consumer.assignment();
            rewindTo.forEach((partition, offset) -> {
                if (assigned.contains(partition) && !unpositioned.contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
            pause(backoff);
            backoff = min(backoff.multipliedBy(2), settings.retryBackoffMax());
            return true;
        }

        /** Seeks newly assigned partitions to the positions stored with the read models; false if they cannot be read now. */
        private boolean position(KafkaConsumer<String, byte[]> consumer, Collection<TopicPartition> partitions) {
            Map<TopicPartition, StoredPosition> stored;
            Map<TopicPartition, Long> starts;
            Map<TopicPartition, Long> ends;
            try {
                stored = store.positions(TOPICS).await().atMost(settings.transactionTimeout());
                starts = consumer.beginningOffsets(partitions, BROKER_CALL);
                ends = consumer.endOffsets(partitions, BROKER_CALL);
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                lastError = ConsumerReadinessCheck.reasonFor(e);
                LOG.warnf(e, "cannot seek %s to the stored positions (%s); they wait, paused", partitions, lastError);
                return false;
            }
            Map<TopicPartition, Long> next = new HashMap<>();
            stored.forEach((partition, position) -> next.put(partition, position.nextOffset()));
            List<PositionOutOfRange> invalid = PositionOutOfRange.check(partitions, next, starts, ends);
            if (!invalid.isEmpty()) {
                outOfRange = invalid;
                holdUnread(consumer, partitions);
                return true;
            }
            for (TopicPartition partition : partitions) {
                StoredPosition position = stored.get(partition);
                long offset = position == null ? 0 : position.nextOffset();
                consumer.seek(partition, offset);
                PartitionLag lag = lag(partition);
                lag.positioned(offset, position == null ? null : position.lastRecordedAt());
                lag.logEnd(ends.get(partition));
            }
            LOG.infof("reading %s from the stored positions %s", partitions, next);
            return true;
        }

        private void positionWaitingPartitions(KafkaConsumer<String, byte[]> consumer) {
            if (unpositioned.isEmpty() || clock.instant().isBefore(nextPositioning)) {
                return;
            }
            nextPositioning = clock.instant().plus(settings.retryBackoff());
            Set<TopicPartition> waiting = Set.copyOf(unpositioned);
            if (position(consumer, waiting)) {
                unpositioned.removeAll(waiting);
                if (outOfRange.isEmpty()) {
                    consumer.resume(waiting);
                    if (status == ConsumerStatus.RETRYING) {
                        status = ConsumerStatus.RUNNING;
                        lastError = null;
                    }
                }
            } else {
                status = ConsumerStatus.RETRYING;
            }
        }

        /**
         * Asks the broker for the assigned partitions' end offsets (the lag in records) every
         * {@code probe-interval}; with none assigned, for its topics. An unanswered question starts
         * the broker-timeout clock of readiness; an answered one stops it.
         */
        private void probeBroker(KafkaConsumer<String, byte[]> consumer) {
            Instant started = clock.instant();
            if (started.isBefore(nextProbe)) {
                return;
            }
            nextProbe = started.plus(settings.probeInterval());
            try {
                Set<TopicPartition> partitions = Set.copyOf(lags.keySet());
                if (partitions.isEmpty()) {
                    consumer.listTopics(BROKER_CALL);
                } else {
                    consumer.endOffsets(partitions, BROKER_CALL).forEach((partition, end) -> lag(partition).logEnd(end));
                }
                if (brokerUnreachableSince != null) {
                    LOG.infof("broker reachable again (unreachable since %s)", brokerUnreachableSince);
                }
                brokerUnreachableSince = null;
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                if (brokerUnreachableSince == null) {
                    brokerUnreachableSince = started;
                    LOG.warnf("broker does not answer (%s)", e.getClass().getSimpleName());
                }
            }
        }

        private void runQueuedOperations() {
            QueuedOperation<?> operation;
            while (!stopping && (operation = operations.poll()) != null) {
                operation.runWith(parkedEvents);
            }
        }

        private void failQueuedOperations() {
            QueuedOperation<?> operation;
            while ((operation = operations.poll()) != null) {
                operation.giveUp(new ConflictException("the projection consumer stopped before it got to this"));
            }
        }

        private void refreshParkedCounts() {
            try {
                metrics.parkedCounts(parkedStore.parkedCounts().await().atMost(settings.transactionTimeout()));
            } catch (RuntimeException e) {
                LOG.debugf(e, "cannot count parked events now");
            }
        }

        private List<PositionOutOfRange> outOfRange(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> fetched) {
            Map<TopicPartition, Long> starts = Map.of();
            Map<TopicPartition, Long> ends = Map.of();
            try {
                starts = consumer.beginningOffsets(fetched.keySet(), BROKER_CALL);
                ends = consumer.endOffsets(fetched.keySet(), BROKER_CALL);
            } catch (KafkaException e) {
                LOG.debugf(e, "cannot ask the broker for the offsets of %s", fetched.keySet());
            }
            List<PositionOutOfRange> invalid = new ArrayList<>();
            for (Map.Entry<TopicPartition, Long> e : fetched.entrySet()) {
                invalid.add(new PositionOutOfRange(e.getKey(), e.getValue(), starts.getOrDefault(e.getKey(), -1L),
                        ends.getOrDefault(e.getKey(), -1L)));
            }
            return invalid;
        }

        private PartitionLag lag(TopicPartition partition) {
            return lags.computeIfAbsent(partition, p -> {
                PartitionLag lag = new PartitionLag();
                metrics.track(p, lag);
                return lag;
            });
        }

        private void pause(Duration duration) {
            try {
                stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }

        private final class PositionFromDatabase implements ConsumerRebalanceListener {

            private final KafkaConsumer<String, byte[]> consumer;

            PositionFromDatabase(KafkaConsumer<String, byte[]> consumer) {
                this.consumer = consumer;
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // The batch in flight commits first, so the positions read below are final; a newly
                // assigned partition is read from its stored position, not from a failed batch's start.
                settle(consumer);
                partitions.forEach(rewindPending::remove);
                partitions.forEach(Run.this::lag);
                if (!partitions.isEmpty() && !position(consumer, partitions)) {
                    holdUnread(consumer, partitions);
                    unpositioned.addAll(partitions);
                }
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                // The batch in flight commits its positions with its effects before the partitions go,
                // so whoever gets them next starts where it ended (a failed one is dropped, nothing of
                // it stored). This poll returns no records of the revoked partitions.
                settle(consumer);
                forget(partitions);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                settle(consumer);
                forget(partitions);
            }

            private void forget(Collection<TopicPartition> partitions) {
                unpositioned.removeAll(partitions);
                partitions.forEach(rewindPending::remove);
                for (TopicPartition partition : partitions) {
                    PartitionLag lag = lags.remove(partition);
                    if (lag != null) {
                        metrics.untrack(partition, lag);
                    }
                }
            }
        }
    }

    /**
     * Keeps partitions from being read until they are sought to their stored positions. Paused, they
     * are never fetched; the consumer still wants a position for each (with no reset policy it would
     * otherwise throw on the next poll), so they get a placeholder that is never read from: an
     * explicit seek to the beginning, replaced by the stored position before they are resumed.
     */
    private static void holdUnread(KafkaConsumer<String, byte[]> consumer, Collection<TopicPartition> partitions) {
        consumer.pause(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The recorded time of the first decodable record of each partition in the batch: the oldest it holds unapplied. */
    private static Map<TopicPartition, Instant> oldestInHand(DecodedBatch batch) {
        Map<TopicPartition, Instant> oldest = new LinkedHashMap<>();
        batch.events().forEach(event -> oldest.putIfAbsent(event.record().topicPartition(), event.envelope().recordedAt()));
        return oldest;
    }

    private static Map<TopicPartition, OffsetAndMetadata> kafkaOffsets(Map<TopicPartition, Long> nextOffsets) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffsets.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** An operation for the consumer's thread; it either runs there or is given up before it starts, never both. */
    private static final class QueuedOperation<T> {

        private final Function<ParkedEventOperations, T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final AtomicBoolean taken = new AtomicBoolean();

        QueuedOperation(Function<ParkedEventOperations, T> work) {
            this.work = work;
        }

        void runWith(ParkedEventOperations operations) {
            if (!taken.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(work.apply(operations));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        /** @return true if it had not started, and now never will */
        boolean giveUp(RuntimeException reason) {
            if (!taken.compareAndSet(false, true)) {
                return false;
            }
            result.completeExceptionally(reason);
            return true;
        }
    }
}
