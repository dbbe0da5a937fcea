package dk.erhvervshus.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The projection's meters, served in Prometheus format at {@code /q/metrics} (names as Prometheus
 * spells them; the README lists them):
 * <ul>
 *   <li>{@code erhvervshus_projection_lag_records{topic,partition}} and
 *       {@code erhvervshus_projection_lag_seconds{topic,partition}}: see {@link PartitionLag}; for the
 *       partitions this instance reads;</li>
 *   <li>{@code erhvervshus_projection_parked_events{topic,reason}}: records parked now, by
 *       {@link ParkKind} (malformed, rejected, waiting);</li>
 *   <li>{@code erhvervshus_projection_batch_apply_seconds{source}}: how long a committed batch took,
 *       search included, for a poll or a replay;</li>
 *   <li>{@code erhvervshus_projection_batches_bisected_total{source}}: batches whose bad records had
 *       to be searched for;</li>
 *   <li>{@code erhvervshus_projection_batch_failures_total{kind}}: batches that failed and were
 *       retried, by {@link FailureKind} (unavailable, unexpected); nothing of them is parked.</li>
 * </ul>
 */
@ApplicationScoped
public class ProjectionMetrics {

    public static final String POLL = "poll";
    public static final String REPLAY = "replay";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<ParkedEventStore.CountKey, AtomicLong> parked = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Tracked> lags = new ConcurrentHashMap<>();

    private record Tracked(PartitionLag lag, List<Meter> meters) {
    }

    public ProjectionMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        for (String topic : EventConsumer.TOPICS) {
            for (ParkKind kind : ParkKind.values()) {
                AtomicLong count = new AtomicLong();
                parked.put(new ParkedEventStore.CountKey(topic, kind), count);
                Gauge.builder("erhvervshus.projection.parked.events", count, AtomicLong::get)
                        .description("Records parked now (not replayed or discarded), by topic and reason")
                        .tags("topic", topic, "reason", kind.label())
                        .strongReference(true)
                        .register(registry);
            }
        }
        for (String source : List.of(POLL, REPLAY)) {
            batchTimer(source);
            bisectedCounter(source);
        }
        for (FailureKind kind : List.of(FailureKind.UNAVAILABLE, FailureKind.UNEXPECTED)) {
            failureCounter(kind);
        }
    }

    /** The counts of parked records per topic and reason; a combination missing from the map has none. */
    public void parkedCounts(Map<ParkedEventStore.CountKey, Long> counts) {
        parked.forEach((key, count) -> count.set(counts.getOrDefault(key, 0L)));
    }

    public void track(TopicPartition partition, PartitionLag lag) {
        Tracked previous = lags.remove(partition);
        if (previous != null) {
            previous.meters().forEach(registry::remove);
        }
        String p = Integer.toString(partition.partition());
        Meter records = Gauge.builder("erhvervshus.projection.lag.records", lag, PartitionLag::records)
                .description("Records of the partition not yet applied")
                .tags("topic", partition.topic(), "partition", p)
                .strongReference(true)
                .register(registry);
        Meter seconds = Gauge.builder("erhvervshus.projection.lag.seconds", lag, l -> l.seconds(clock.instant()))
                .description("How old the partition's oldest unapplied event is (see the README)")
                .tags("topic", partition.topic(), "partition", p)
                .strongReference(true)
                .register(registry);
        lags.put(partition, new Tracked(lag, List.of(records, seconds)));
    }

    /** Stops showing a partition, if {@code lag} is still the one shown for it. */
    public void untrack(TopicPartition partition, PartitionLag lag) {
        Tracked tracked = lags.get(partition);
        if (tracked != null && tracked.lag() == lag && lags.remove(partition, tracked)) {
            tracked.meters().forEach(registry::remove);
        }
    }

    public void batchApplied(String source, Duration took) {
        batchTimer(source).record(took);
    }

    public void bisected(String source) {
        bisectedCounter(source).increment();
    }

    public void batchFailed(FailureKind kind) {
        failureCounter(kind).increment();
    }

    private Timer batchTimer(String source) {
        return Timer.builder("erhvervshus.projection.batch.apply")
                .description("How long a committed batch took, the search for bad records included")
                .tag("source", source)
                .register(registry);
    }

    private Counter bisectedCounter(String source) {
        return Counter.builder("erhvervshus.projection.batches.bisected")
                .description("Batches whose bad records were searched for and parked")
                .tag("source", source)
                .register(registry);
    }

    private Counter failureCounter(FailureKind kind) {
        return Counter.builder("erhvervshus.projection.batch.failures")
                .description("Batches that failed and were retried, parking nothing")
                .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry);
    }
}
