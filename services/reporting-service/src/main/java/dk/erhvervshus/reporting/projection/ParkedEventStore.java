package dk.erhvervshus.reporting.projection;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations' side of {@code parked_events}: which parked records a replay takes, in the order
 * they are to be applied, a discard, and the counts the gauge shows. Replays and discards run on the
 * consumer's thread (see {@link EventConsumer#submit}), so the projection has one writer.
 */
@ApplicationScoped
public class ParkedEventStore {

    private static final String COLUMNS = "topic, partition, record_offset, record_key, payload, stream, version, status";

    private static final String SELECT_ONE = "select " + COLUMNS
            + " from parked_events where topic = $1 and partition = $2 and record_offset = $3";

    // What waits behind a record: the later versions of its stream, parked because it was missing.
    private static final String SELECT_WAITING_BEHIND = "select " + COLUMNS + """
             from parked_events
            where status = 'PARKED' and stream = $1 and reason_kind = 'WAITING' and version > $2
            order by version, topic, partition, record_offset
            limit $3""";

    // Undecodable records have no version: they come first, so a fixed decoder lets them lead the stream.
    private static final String SELECT_STREAM = "select " + COLUMNS + """
             from parked_events
            where status = 'PARKED' and stream = $1
            order by version nulls first, topic, partition, record_offset
            limit $2""";

    private static final String COUNT_STREAM = "select count(*) from parked_events where status = 'PARKED' and stream = $1";

    private static final String SELECT_ALL = "select " + COLUMNS + """
             from parked_events
            where status = 'PARKED'
            order by stream nulls first, version nulls first, topic, partition, record_offset
            limit $1""";

    private static final String COUNT_ALL = "select count(*) from parked_events where status = 'PARKED'";

    private static final String DISCARD = """
            update parked_events set status = 'DISCARDED', discard_reason = $4, resolved_at = now()
            where topic = $1 and partition = $2 and record_offset = $3 and status = 'PARKED'
            returning stream, version""";

    // A discarded event is skipped: if it is its stream's next version, the stream moves past it.
    private static final String SKIP_VERSION =
            "update stream_versions set last_version = $2 where stream = $1 and last_version = $2 - 1";

    private static final String SKIP_FIRST_VERSION =
            "insert into stream_versions (stream, last_version) select $1, 1 where $2::bigint = 1 on conflict (stream) do nothing";

    private static final String COUNT_PARKED =
            "select topic, reason_kind, count(*) as parked from parked_events where status = 'PARKED' group by topic, reason_kind";

    /** A parked record as the operations list shows it: where it sits, what it is, why it was parked, and what became of it. */
    public record Listed(RecordId id, String stream, Long version, String eventType, ParkKind reasonKind, String reason,
                         String status, OffsetDateTime parkedAt, OffsetDateTime resolvedAt, String discardReason) {
    }

    /** What the operations list filters by; a null field does not filter. */
    public record Filter(String status, String topic, String stream, ParkKind reasonKind, int limit) {
    }

    private static final String LIST = """
            select topic, partition, record_offset, stream, version, event_type, reason_kind, reason, status, parked_at,
                   resolved_at, discard_reason
              from parked_events
             where ($1::text is null or status = $1) and ($2::text is null or topic = $2)
               and ($3::text is null or stream = $3) and ($4::text is null or reason_kind = $4)
             order by parked_at, topic, partition, record_offset
             limit $5""";

    /** The parked records the filter selects, oldest first. */
    public Uni<List<Listed>> list(Filter filter) {
        return pool.preparedQuery(LIST).execute(Tuple.tuple(java.util.Arrays.asList(filter.status(), filter.topic(),
                        filter.stream(), filter.reasonKind() == null ? null : filter.reasonKind().name(), (long) filter.limit())))
                .map(rows -> {
                    List<Listed> listed = new ArrayList<>();
                    rows.forEach(row -> listed.add(listed(row)));
                    return listed;
                });
    }

    /** One parked record as the list shows it, if there is one with that id. */
    public Uni<Optional<Listed>> show(RecordId id) {
        return pool.preparedQuery(SHOW).execute(Tuple.of(id.topic(), id.partition(), id.offset()))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(listed(rows.iterator().next())) : Optional.empty());
    }

    private static final String SHOW = """
            select topic, partition, record_offset, stream, version, event_type, reason_kind, reason, status, parked_at,
                   resolved_at, discard_reason
              from parked_events where topic = $1 and partition = $2 and record_offset = $3""";

    private static Listed listed(Row row) {
        return new Listed(new RecordId(row.getString("topic"), row.getInteger("partition"), row.getLong("record_offset")),
                row.getString("stream"), row.getLong("version"), row.getString("event_type"),
                ParkKind.valueOf(row.getString("reason_kind")), row.getString("reason"), row.getString("status"),
                row.getOffsetDateTime("parked_at"), row.getOffsetDateTime("resolved_at"), row.getString("discard_reason"));
    }

    /** A parked record as a replay reads it: the record's bytes, where it belongs, and what became of it. */
    public record Stored(ConsumedRecord record, String stream, Long version, String status) {
        public boolean isParked() {
            return "PARKED".equals(status);
        }
    }

    /** The parked records of one topic and reason kind. */
    public record CountKey(String topic, ParkKind kind) {
    }

    private final Pool pool;

    public ParkedEventStore(@ReactiveDataSource(ProjectionDataSource.NAME) Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Stored>> find(RecordId id) {
        return pool.preparedQuery(SELECT_ONE).execute(Tuple.of(id.topic(), id.partition(), id.offset()))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(stored(rows.iterator().next())) : Optional.empty());
    }

    /** The records waiting behind {@code version} of {@code stream}, by version. */
    public Uni<List<Stored>> waitingBehind(String stream, long version, int limit) {
        return pool.preparedQuery(SELECT_WAITING_BEHIND).execute(Tuple.of(stream, version, (long) limit)).map(ParkedEventStore::all);
    }

    /** The stream's parked records, by version, and how many it has in all. */
    public Uni<Selection> ofStream(String stream, int limit) {
        return pool.preparedQuery(SELECT_STREAM).execute(Tuple.of(stream, (long) limit)).map(ParkedEventStore::all)
                .flatMap(records -> pool.preparedQuery(COUNT_STREAM).execute(Tuple.of(stream))
                        .map(count -> new Selection(records, count.iterator().next().getLong(0))));
    }

    /** Every parked record, stream by stream and by version within each, and how many there are in all. */
    public Uni<Selection> all(int limit) {
        return pool.preparedQuery(SELECT_ALL).execute(Tuple.of((long) limit)).map(ParkedEventStore::all)
                .flatMap(records -> pool.query(COUNT_ALL).execute()
                        .map(count -> new Selection(records, count.iterator().next().getLong(0))));
    }

    /** Some of the parked records a replay asked for, and how many it asked for in all. */
    public record Selection(List<Stored> records, long matching) {
    }

    /**
     * Marks a parked record discarded, keeping the operator's reason, and moves its stream past it
     * when it is the stream's next version, so that what waits behind it can be replayed.
     *
     * @return false when the record is not parked (any more)
     */
    public Uni<Boolean> discard(RecordId id, String reason) {
        return pool.withTransaction(connection -> connection.preparedQuery(DISCARD)
                .execute(Tuple.of(id.topic(), id.partition(), id.offset(), reason))
                .flatMap(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().item(false);
                    }
                    Row row = rows.iterator().next();
                    String stream = row.getString("stream");
                    Long version = row.getLong("version");
                    return stream == null || version == null
                            ? Uni.createFrom().item(true)
                            : skip(connection, stream, version).replaceWith(true);
                }));
    }

    public Uni<Map<CountKey, Long>> parkedCounts() {
        return pool.query(COUNT_PARKED).execute().map(rows -> {
            Map<CountKey, Long> counts = new HashMap<>();
            rows.forEach(row -> counts.put(new CountKey(row.getString("topic"), ParkKind.valueOf(row.getString("reason_kind"))),
                    row.getLong("parked")));
            return counts;
        });
    }

    private static Uni<Void> skip(SqlConnection connection, String stream, long version) {
        return connection.preparedQuery(SKIP_VERSION).execute(Tuple.of(stream, version))
                .flatMap(ignored -> connection.preparedQuery(SKIP_FIRST_VERSION).execute(Tuple.of(stream, version)))
                .replaceWithVoid();
    }

    private static List<Stored> all(RowSet<Row> rows) {
        List<Stored> records = new ArrayList<>();
        rows.forEach(row -> records.add(stored(row)));
        return records;
    }

    private static Stored stored(Row row) {
        var payload = row.getBuffer("payload");
        ConsumedRecord record = new ConsumedRecord(row.getString("topic"), row.getInteger("partition"),
                row.getLong("record_offset"), row.getString("record_key"), payload == null ? null : payload.getBytes());
        return new Stored(record, row.getString("stream"), row.getLong("version"), row.getString("status"));
    }

    static List<ConsumedRecord> records(List<Stored> stored) {
        return stored.stream().map(Stored::record).toList();
    }
}
