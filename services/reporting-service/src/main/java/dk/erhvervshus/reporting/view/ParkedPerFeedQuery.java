package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.goals.Feed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many events of each feed wait parked for a house. Parked events are few (an operator's
 * worklist, see the operations API), so this is one small grouped read of the parked ones, held
 * for a second per house: a goals answer may count a record parked in the last second or not.
 */
@ApplicationScoped
public class ParkedPerFeedQuery {

    private static final Duration HELD_FOR = Duration.ofSeconds(1);

    private record Held(Map<Feed, Long> counts, long readAtNanos) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private static final String PARKED = """
            select event_type, count(*) from parked_events where status = 'PARKED' and house = ?1 group by event_type""";

    public Uni<Map<Feed, Long>> of(String house) {
        Held known = held.get(house);
        long now = System.nanoTime();
        if (known != null && now - known.readAtNanos() < HELD_FOR.toNanos()) {
            return Uni.createFrom().item(known.counts());
        }
        return Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(PARKED, Object[].class).setParameter(1, house).getResultList())
                .map(ParkedPerFeedQuery::perFeed))
                .invoke(counts -> held.put(house, new Held(counts, now)));
    }

    private static Map<Feed, Long> perFeed(List<Object[]> rows) {
        Map<Feed, Long> parked = new EnumMap<>(Feed.class);
        for (Object[] row : rows) {
            Feed feed = Feed.ofEventType((String) row[0]);
            if (feed != null) {
                parked.merge(feed, ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return parked;
    }
}
