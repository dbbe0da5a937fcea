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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a house-year's maintained goals: two indexed reads, no fact table touched, and keeps what
 * it read in memory until the house-year is derived again. Every derivation, on any instance,
 * NOTIFYs; {@link GoalChangeFeed} passes it to {@link #forget}. A notification missed while the
 * listening connection is re-made is caught within {@code reporting.maintained.cache-ttl}: after
 * it, one read asks which derivation stands (one row, no goals) and keeps what it holds when that is
 * still the one, while the reads beside it are answered from memory meanwhile; only a new derivation
 * reads the goals again. A read that must include a write ({@code Consistency-Token}) takes the held
 * goals only when they were derived from the write's mark or a newer one ({@link #findDerivedFrom}).
 * Reads that find nothing held while one read of the tables is under way share that read: after a
 * derivation, every waiting reader is answered by one read of the tables, not one each. A cache-ttl
 * of 0 holds nothing.
 */
@ApplicationScoped
public class MaintainedGoals {

    private static final TypeReference<Map<Feed, FeedStatus>> FEEDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Instant>> DATA_AS_OF = new TypeReference<>() {
    };

    /**
     * Which derivation a house-year's maintained goals come from: the maintainer writes its goals and
     * this row in one transaction, {@code derived_at} being that transaction's time, so an equal pair
     * means equal goals. Null members before the first derivation.
     */
    public record Derivation(Long derivedSeq, Instant derivedAt) {
    }

    private record Read(Optional<Snapshot> snapshot, Derivation derivation) {
    }

    /** What is held of one house-year, and when it was last known to be the standing derivation. */
    private static final class Held {
        final Optional<Snapshot> snapshot;
        final Derivation derivation;
        final AtomicBoolean checking = new AtomicBoolean();
        volatile Instant checkedAt;

        Held(Read read, Instant checkedAt) {
            this.snapshot = read.snapshot();
            this.derivation = read.derivation();
            this.checkedAt = checkedAt;
        }
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    // Per house-year, the read of the tables under way, which the reads asking meanwhile share.
    private final Map<String, CompletableFuture<Read>> reading = new ConcurrentHashMap<>();
    // Per house-year, how often it was forgotten: a read begun before a forget must not be held after it.
    private final Map<String, Long> forgets = new HashMap<>();

    public MaintainedGoals(ObjectMapper json, Clock clock,
                           @ConfigProperty(name = "reporting.maintained.cache-ttl", defaultValue = "PT1S") Duration ttl) {
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The house-year was derived again (payload {@code house:year}): its goals are read anew next time. */
    void forget(String houseYear) {
        synchronized (forgets) {
            forgets.merge(houseYear, 1L, Long::sum);
            held.remove(houseYear);
            // A read begun before the derivation is not shared with the reads after it.
            reading.remove(houseYear);
        }
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

    /** How long goals are held before one read asks whether they still stand. */
    public Duration ttl() {
        return ttl;
    }

    /**
     * The house-year's maintained goals held in memory now, without reading anything: null when none
     * are held (not read yet, forgotten by a derivation, or not derived yet). The same instance until
     * a derivation replaces it, so what was made from it stands as long as this returns it.
     */
    public Snapshot held(String house, int year) {
        Held known = held.get(Derivations.key(house, year));
        return known == null ? null : known.snapshot.orElse(null);
    }

    /** The house-year's maintained goals as held in memory, or read when not held, or checked when held too long. */
    public Uni<Optional<Snapshot>> find(String house, int year) {
        if (ttl.isZero()) {
            return read(house, year);
        }
        String key = Derivations.key(house, year);
        Held known = held.get(key);
        Instant now = clock.instant();
        if (known == null) {
            return readAndHold(key, house, year, now).map(Read::snapshot);
        }
        if (known.checkedAt.plus(ttl).isAfter(now) || !known.checking.compareAndSet(false, true)) {
            return Uni.createFrom().item(known.snapshot);
        }
        return derivation(house, year)
                .chain(standing -> {
                    if (standing.equals(known.derivation)) {
                        known.checkedAt = now;
                        return Uni.createFrom().item(known.snapshot);
                    }
                    return readAndHold(key, house, year, now).map(Read::snapshot);
                })
                .onTermination().invoke(() -> known.checking.set(false));
    }

    /**
     * The house-year's maintained goals derived from mark {@code derivedFrom} or a newer one, for a read
     * that waited for a write ({@code Consistency-Token}, whose gate tells the mark): the held ones when
     * they are that new, else read from the tables, which hold them once the gate let the read through.
     */
    public Uni<Optional<Snapshot>> findDerivedFrom(String house, int year, long derivedFrom) {
        if (ttl.isZero()) {
            return read(house, year);
        }
        Snapshot known = held(house, year);
        if (known != null && known.derivedSeq() >= derivedFrom) {
            return Uni.createFrom().item(Optional.of(known));
        }
        return readAndHold(Derivations.key(house, year), house, year, clock.instant())
                .chain(read -> read.snapshot().filter(s -> s.derivedSeq() >= derivedFrom).isPresent()
                        // A shared read begun before the derivation committed: read again, alone.
                        ? Uni.createFrom().item(read.snapshot()) : read(house, year));
    }

    /** The house-year's maintained goals read from the tables now, empty before their first derivation. */
    public Uni<Optional<Snapshot>> read(String house, int year) {
        return readTables(house, year).map(Read::snapshot);
    }

    /** Reads the tables and holds what they say, or shares the read of them already under way. */
    private Uni<Read> readAndHold(String key, String house, int year, Instant now) {
        CompletableFuture<Read> mine = new CompletableFuture<>();
        CompletableFuture<Read> underWay = reading.putIfAbsent(key, mine);
        if (underWay != null) {
            return sharing(underWay).onFailure(CancellationException.class).recoverWithUni(() -> readTables(house, year));
        }
        long forgotten = forgotten(key);
        return readTables(house, year)
                .invoke(read -> {
                    synchronized (forgets) {
                        if (forgotten(key) == forgotten) {
                            held.put(key, new Held(read, now));
                        }
                    }
                })
                .onItemOrFailure().invoke((read, failure) -> {
                    reading.remove(key, mine);
                    if (failure == null) {
                        mine.complete(read);
                    } else {
                        mine.completeExceptionally(failure);
                    }
                })
                .onCancellation().invoke(() -> {
                    reading.remove(key, mine);
                    mine.cancel(false);
                });
    }

    /** Another request's read, answered on this request's own context; cancelling this request does not cancel it. */
    private static Uni<Read> sharing(CompletableFuture<Read> underWay) {
        return Uni.createFrom().completionStage(() -> underWay.thenApply(read -> read)).emitOn(RequestContext.current());
    }

    private long forgotten(String key) {
        synchronized (forgets) {
            return forgets.getOrDefault(key, 0L);
        }
    }

    private Uni<Derivation> derivation(String house, int year) {
        return Panache.withSession(() -> MaintainedHouseYearView.of(house, year))
                .map(row -> row == null ? new Derivation(null, null) : new Derivation(row.derivedSeq(), row.derivedAt()));
    }

    private Uni<Read> readTables(String house, int year) {
        return Panache.withSession(() -> MaintainedHouseYearView.of(house, year)
                .chain(houseYear -> houseYear == null
                        ? Uni.createFrom().item(new Read(Optional.empty(), new Derivation(null, null)))
                        : MaintainedGoalView.of(house, year).map(rows -> {
                            Map<String, StoredGoal> goals = new LinkedHashMap<>();
                            rows.forEach(r -> goals.put(r.goalId(), StoredGoals.of(r.goalId(),
                                    r.actualNumerator(), r.actualDenominator(), r.numerator(), r.denominator(),
                                    r.accrual(), r.criteria(), r.breakdown(), r.activities(), json)));
                            return new Read(Optional.of(new Snapshot(houseYear.lastFactDate(), houseYear.derivedSeq(),
                                    feeds(houseYear.feeds()), dataAsOf(houseYear.dataAsOf()), goals)),
                                    new Derivation(houseYear.derivedSeq(), houseYear.derivedAt()));
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
