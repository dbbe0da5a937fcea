package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reporting.goals.Feed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a house-year's maintained goals: two indexed reads, no fact table touched, and keeps what
 * it read in memory until the house-year is derived again. Every derivation, on any instance,
 * NOTIFYs; {@link GoalChangeFeed} passes it to {@link #forget}. A notification missed while the
 * listening connection is re-made costs at most {@code reporting.maintained.cache-ttl} of staleness.
 * A read that must include a write ({@code Consistency-Token}) reads the tables ({@link #read}).
 */
@ApplicationScoped
public class MaintainedGoals {

    private static final TypeReference<Map<Feed, FeedStatus>> FEEDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Instant>> DATA_AS_OF = new TypeReference<>() {
    };

    private record Held(Optional<Snapshot> snapshot, Instant readAt) {
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    public MaintainedGoals(ObjectMapper json, Clock clock,
                           @ConfigProperty(name = "reporting.maintained.cache-ttl", defaultValue = "PT1S") Duration ttl) {
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The house-year was derived again (payload {@code house:year}): its goals are read anew next time. */
    void forget(String houseYear) {
        held.remove(houseYear);
    }

    /**
     * @param lastFactDate the latest business date of the facts: the goals answer every asOf on or after it
     * @param derivedSeq   the mark they were derived from
     */
    public record Snapshot(LocalDate lastFactDate, long derivedSeq, Map<Feed, FeedStatus> feeds,
                           Map<String, Instant> dataAsOf, Map<String, StoredGoal> goals) {

        /** Whether the maintained goals are the answer for this asOf (a date before the latest fact needs the facts). */
        public boolean answers(LocalDate asOf) {
            return lastFactDate == null || !asOf.isBefore(lastFactDate);
        }
    }

    /** The house-year's maintained goals as held in memory, or read when not held or held too long. */
    public Uni<Optional<Snapshot>> find(String house, int year) {
        String key = house + ":" + year;
        Held known = held.get(key);
        Instant now = clock.instant();
        if (known != null && known.readAt().plus(ttl).isAfter(now)) {
            return Uni.createFrom().item(known.snapshot());
        }
        return read(house, year).invoke(snapshot -> held.put(key, new Held(snapshot, now)));
    }

    /** The house-year's maintained goals read from the tables now, empty before their first derivation. */
    public Uni<Optional<Snapshot>> read(String house, int year) {
        return Panache.withSession(() -> MaintainedHouseYearView.of(house, year)
                .chain(houseYear -> houseYear == null
                        ? Uni.createFrom().item(Optional.<Snapshot>empty())
                        : MaintainedGoalView.of(house, year).map(rows -> {
                            Map<String, StoredGoal> goals = new LinkedHashMap<>();
                            rows.forEach(r -> goals.put(r.goalId(), StoredGoals.of(r.goalId(),
                                    r.actualNumerator(), r.actualDenominator(), r.numerator(), r.denominator(),
                                    r.accrual(), r.criteria(), r.breakdown(), r.activities(), json)));
                            return Optional.of(new Snapshot(houseYear.lastFactDate(), houseYear.derivedSeq(),
                                    feeds(houseYear.feeds()), dataAsOf(houseYear.dataAsOf()), goals));
                        })));
    }

    private Map<String, Instant> dataAsOf(String text) {
        try {
            return json.readValue(text, DATA_AS_OF);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maintained dataAsOf cannot be read", e);
        }
    }

    private Map<Feed, FeedStatus> feeds(String text) {
        try {
            return new EnumMap<>(json.readValue(text, FEEDS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maintained feed freshness cannot be read", e);
        }
    }
}
