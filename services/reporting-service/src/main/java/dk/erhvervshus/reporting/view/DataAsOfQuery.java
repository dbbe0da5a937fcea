package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.projection.EventConsumer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
            select topic, max(last_recorded_at) from consumer_positions where topic in (?1) group by topic""";

    /** Every topic the projection reads, in the order of {@link EventConsumer#TOPICS}, with its time or null. */
    public Uni<Map<String, Instant>> perTopic() {
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(NEWEST, Object[].class).setParameter(1, EventConsumer.TOPICS).getResultList())
                .map(DataAsOfQuery::newest));
    }

    private static Map<String, Instant> newest(List<Object[]> rows) {
        Map<String, Instant> newest = new LinkedHashMap<>();
        EventConsumer.TOPICS.forEach(topic -> newest.put(topic, null));
        for (Object[] row : rows) {
            newest.put((String) row[0], NativeValues.instant(row[1]));
        }
        return Collections.unmodifiableMap(newest);
    }
}
