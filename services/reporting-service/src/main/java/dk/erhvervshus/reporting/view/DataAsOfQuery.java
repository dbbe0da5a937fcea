package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.projection.EventConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How fresh the read models are, per source topic: the recorded time (the producing service's
 * {@code recordedAt}) of the newest event applied from it, null before the first. It is stored with
 * the positions in the transaction that applied the event, so it never claims more than the read
 * models hold; read before the goals' facts, it may claim a little less.
 */
@ApplicationScoped
public class DataAsOfQuery {

    private static final String NEWEST = """
            select topic, max(last_recorded_at) as newest from consumer_positions
             where topic = any($1) group by topic""";

    private final Pool pool;

    public DataAsOfQuery(Pool pool) {
        this.pool = pool;
    }

    /** Every topic the projection reads, in the order of {@link EventConsumer#TOPICS}, with its time or null. */
    public Uni<Map<String, Instant>> perTopic() {
        return pool.preparedQuery(NEWEST).execute(Tuple.of(EventConsumer.TOPICS.toArray(new String[0])))
                .map(rows -> {
                    Map<String, Instant> newest = new LinkedHashMap<>();
                    EventConsumer.TOPICS.forEach(topic -> newest.put(topic, null));
                    rows.forEach(row -> {
                        OffsetDateTime at = row.getOffsetDateTime("newest");
                        newest.put(row.getString("topic"), at == null ? null : at.toInstant());
                    });
                    return Collections.unmodifiableMap(newest);
                });
    }
}
