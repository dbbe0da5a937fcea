package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.Fraction;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.projection.GoalYear;
import dk.erhvervshus.reporting.projection.ProjectionDataSource;
import dk.erhvervshus.reporting.projection.GoalsMarked;
import dk.erhvervshus.reporting.view.DataAsOfQuery;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.reporting.view.KnownAt;
import dk.erhvervshus.reporting.view.NewestRecordedQuery;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps {@code maintained_goals} equal to what today's calculators say about the facts. The
 * projection marks, in its own transaction, every house-year whose facts a batch changed
 * ({@code goal_dirty}); this worker, on its own thread, derives each marked house-year again from
 * the committed facts, writes the goals that changed and their changes ({@code goal_changes}),
 * removes the mark only if it is still the one it derived from, and tells every instance
 * ({@code NOTIFY goal_changes}). It wakes when a batch of this instance committed, and looks every
 * {@code reporting.maintainer.poll-interval} for marks another instance's projection set. Two
 * instances may derive the same house-year at once; a derivation from an older mark never
 * overwrites one from a newer ({@code derived_seq}), and a mark set while either worked stays for
 * the next round, so the maintained goals always end equal to the facts.
 */
@ApplicationScoped
public class GoalMaintainer {

    /** "Every fact, whatever its date": a maintained measurement answers every asOf on or after its facts' latest. */
    static final LocalDate EVERY_DATE = LocalDate.of(9999, 12, 31);

    private static final Logger LOG = Logger.getLogger(GoalMaintainer.class);
    private static final int MARKS_PER_ROUND = 50;

    private static final String SELECT_MARKS = """
            select house, year, marked_seq from goal_dirty order by marked_at, house, year limit $1""";
    private static final String SELECT_STORED = """
            select goal_id, actual_numerator, actual_denominator, numerator, denominator, accrual, criteria, breakdown, activities
            from maintained_goals where house = $1 and year = $2""";
    // Only a derivation from a mark at least as new as the stored one may replace it.
    private static final String UPSERT_HOUSE_YEAR = """
            insert into maintained_house_years (house, year, last_fact_date, derived_seq, derived_at, feeds, data_as_of)
            values ($1, $2, $3, $4, now(), $5, $6)
            on conflict (house, year) do update set
                last_fact_date = excluded.last_fact_date, derived_seq = excluded.derived_seq,
                derived_at = excluded.derived_at, feeds = excluded.feeds, data_as_of = excluded.data_as_of
            where maintained_house_years.derived_seq <= excluded.derived_seq
            returning derived_seq""";
    private static final String UPSERT_GOAL = """
            insert into maintained_goals (house, year, goal_id, actual_numerator, actual_denominator, numerator, denominator,
                                          accrual, criteria, breakdown, activities, changed_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
            on conflict (house, year, goal_id) do update set
                actual_numerator = excluded.actual_numerator, actual_denominator = excluded.actual_denominator,
                numerator = excluded.numerator, denominator = excluded.denominator, accrual = excluded.accrual,
                criteria = excluded.criteria, breakdown = excluded.breakdown, activities = excluded.activities,
                changed_at = excluded.changed_at""";
    private static final String INSERT_CHANGE = """
            insert into goal_changes (house, year, goal_id, changed_at, result) values ($1, $2, $3, now(), $4)""";
    private static final String UNMARK = "delete from goal_dirty where house = $1 and year = $2 and marked_seq = $3";
    private static final String UNMARK_ANY = "delete from goal_dirty where house = $1 and year = $2";
    private static final String FORGET_OLD_WRITES = "delete from applied_writes where last_applied_at < $1";
    private static final Duration FORGET_EVERY = Duration.ofHours(1);
    private static final String NOTIFY = "select pg_notify('" + GoalChangeFeed.CHANNEL + "', $1)";

    private final Pool pool;
    private final GoalFactsQuery factsQuery;
    private final NewestRecordedQuery newestQuery;
    private final DataAsOfQuery dataAsOfQuery;
    private final GoalEvaluator evaluator;
    private final Houses houses;
    private final GoalCatalogues catalogues;
    private final ObjectMapper json;
    private final GoalRendering rendering;
    private final Clock clock;
    private final boolean enabled;
    private final Duration pollInterval;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Duration writeRetention;
    private Instant nextForget = Instant.MIN;

    private volatile boolean stopping;
    private Thread thread;

    public GoalMaintainer(@ReactiveDataSource(ProjectionDataSource.NAME) Pool pool, GoalFactsQuery factsQuery, NewestRecordedQuery newestQuery,
                          DataAsOfQuery dataAsOfQuery, GoalEvaluator evaluator,
                          Houses houses, GoalCatalogues catalogues, ObjectMapper json, GoalRendering rendering,
                          Clock clock,
                          @ConfigProperty(name = "reporting.maintainer.enabled", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "reporting.maintainer.poll-interval", defaultValue = "PT1S")
                          Duration pollInterval,
                          @ConfigProperty(name = "reporting.consistency.retention", defaultValue = "P7D")
                          Duration writeRetention) {
        this.writeRetention = writeRetention;
        this.pool = pool;
        this.factsQuery = factsQuery;
        this.newestQuery = newestQuery;
        this.dataAsOfQuery = dataAsOfQuery;
        this.evaluator = evaluator;
        this.houses = houses;
        this.catalogues = catalogues;
        this.json = json;
        this.rendering = rendering;
        this.clock = clock;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("goal maintainer disabled (reporting.maintainer.enabled=false)");
            return;
        }
        thread = new Thread(this::run, "goal-maintainer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wakeUps.release();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A batch of this instance marked house-years: derive them now rather than at the next look. */
    void marked(@Observes GoalsMarked marked) {
        wake();
    }

    private void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        while (!stopping) {
            try {
                forgetOldWrites();
                boolean more = round();
                if (!more) {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "goal maintenance round failed; trying again in %s", pollInterval);
                sleep(pollInterval);
            }
        }
    }

    /** The applied-event counts of writes older than the retention: no read waits for them any more. */
    private void forgetOldWrites() {
        Instant now = clock.instant();
        if (now.isBefore(nextForget)) {
            return;
        }
        nextForget = now.plus(FORGET_EVERY);
        pool.preparedQuery(FORGET_OLD_WRITES)
                .execute(Tuple.of(OffsetDateTime.ofInstant(now.minus(writeRetention), ZoneOffset.UTC)))
                .await().atMost(Duration.ofSeconds(60));
    }

    /** Derives every marked house-year once; true when a full round was taken, so more may wait. */
    boolean round() {
        List<Mark> marks = pool.preparedQuery(SELECT_MARKS).execute(Tuple.of(MARKS_PER_ROUND))
                .map(rows -> {
                    List<Mark> found = new ArrayList<>();
                    rows.forEach(r -> found.add(new Mark(new GoalYear(r.getString("house"), r.getInteger("year")),
                            r.getLong("marked_seq"))));
                    return found;
                }).await().atMost(Duration.ofSeconds(30));
        for (Mark mark : marks) {
            if (stopping) {
                return false;
            }
            derive(mark);
        }
        return marks.size() == MARKS_PER_ROUND;
    }

    private void derive(Mark mark) {
        long started = System.nanoTime();
        GoalYear goalYear = mark.goalYear();
        House house = houses.find(goalYear.house()).orElse(null);
        GoalCatalogue catalogue = house == null ? null : catalogues.find(house.id(), goalYear.year()).orElse(null);
        if (catalogue == null) {
            pool.preparedQuery(UNMARK_ANY).execute(Tuple.of(goalYear.house(), goalYear.year())).await().indefinitely();
            return;
        }
        ContractPeriod everything = new ContractPeriod(goalYear.year(), EVERY_DATE);
        // One hop onto the event loop for every read: under load each hop waits its turn there.
        Reads reads = awaitOnContext(() -> dataAsOfQuery.perTopic()
                // Read before the facts: the goals derived from them include at least what it claims.
                .chain(topics -> factsQuery.factsFor(house, catalogue, everything, KnownAt.LATEST)
                        .chain(facts -> newestQuery.newest(house.id(), KnownAt.LATEST)
                                .map(newest -> new Reads(topics, facts, newest)))));
        String dataAsOf = write(reads.dataAsOf());
        GoalFacts facts = reads.facts();
        Map<Feed, Instant> newest = reads.newest();
        long read = System.nanoTime();
        GoalDerivation derivation = GoalDerivation.of(catalogue, facts, evaluator);
        Map<String, StoredGoal> derived = new LinkedHashMap<>();
        derivation.measurements().forEach((goalId, m) -> {
            derived.put(goalId, StoredGoal.of(goalId, m, rendering.breakdown(m.breakdown())));
        });
        String feeds = write(FeedFreshness.of(facts, newest));
        ContractPeriod today = new ContractPeriod(goalYear.year(), LocalDate.now(clock));
        long measured = System.nanoTime();
        int changed = pool.withTransaction(connection -> store(connection, mark, derivation.lastFactDate(), feeds,
                        dataAsOf, catalogue, derived, today))
                .await().atMost(Duration.ofSeconds(60));
        long stored = System.nanoTime();
        LOG.debugf("derived %s from mark %d in %d ms (facts read %d ms, measured %d ms, stored %d ms): %d goal(s) changed",
                goalYear, mark.seq(), (stored - started) / 1_000_000, (read - started) / 1_000_000,
                (measured - read) / 1_000_000, (stored - measured) / 1_000_000, changed);
    }

    private Uni<Integer> store(SqlConnection connection, Mark mark, LocalDate lastFactDate, String feeds, String dataAsOf,
                               GoalCatalogue catalogue, Map<String, StoredGoal> derived, ContractPeriod today) {
        GoalYear goalYear = mark.goalYear();
        return connection.preparedQuery(UPSERT_HOUSE_YEAR)
                .execute(Tuple.tuple(Arrays.asList(goalYear.house(), goalYear.year(), lastFactDate, mark.seq(), feeds,
                        dataAsOf)))
                .flatMap(upserted -> {
                    if (upserted.rowCount() == 0) {
                        // A derivation from a newer mark is stored already; this one is older news.
                        return Uni.createFrom().item(0);
                    }
                    // Every instance forgets what it holds of this house-year (and streams its changes).
                    return connection.preparedQuery(SELECT_STORED).execute(Tuple.of(goalYear.house(), goalYear.year()))
                            .map(this::storedGoals)
                            .flatMap(stored -> writeChanges(connection, goalYear, catalogue, derived, stored, today))
                            .call(() -> connection.preparedQuery(NOTIFY)
                                    .execute(Tuple.of(Derivations.payload(goalYear.house(), goalYear.year(), mark.seq()))));
                })
                .call(() -> connection.preparedQuery(UNMARK).execute(Tuple.of(goalYear.house(), goalYear.year(), mark.seq())));
    }

    private Uni<Integer> writeChanges(SqlConnection connection, GoalYear goalYear, GoalCatalogue catalogue,
                                      Map<String, StoredGoal> derived, Map<String, StoredGoal> stored,
                                      ContractPeriod today) {
        List<Tuple> upserts = new ArrayList<>();
        List<Tuple> changes = new ArrayList<>();
        for (GoalDefinition goal : catalogue.goals()) {
            StoredGoal now = derived.get(goal.id());
            if (now.sameAs(stored.get(goal.id()))) {
                continue;
            }
            upserts.add(upsertTuple(goalYear, now));
            changes.add(Tuple.of(goalYear.house(), goalYear.year(), goal.id(),
                    write(rendering.summary(evaluator.judge(goal, now.measurement(), today)))));
        }
        if (upserts.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery(UPSERT_GOAL).executeBatch(upserts)
                .call(() -> connection.preparedQuery(INSERT_CHANGE).executeBatch(changes))
                .map(ignored -> upserts.size());
    }

    private Tuple upsertTuple(GoalYear goalYear, StoredGoal goal) {
        Fraction actual = goal.actual();
        return Tuple.tuple(Arrays.asList(goalYear.house(), goalYear.year(), goal.goalId(),
                actual == null ? null : new BigDecimal(actual.numerator()),
                actual == null ? null : new BigDecimal(actual.denominator()),
                goal.numerator(), goal.denominator(), goal.accrual().name(), write(goal.criteria()),
                goal.breakdown() == null ? null : write(goal.breakdown()), write(goal.activities())));
    }

    private Map<String, StoredGoal> storedGoals(Iterable<Row> rows) {
        Map<String, StoredGoal> stored = new HashMap<>();
        rows.forEach(row -> stored.put(row.getString("goal_id"), StoredGoals.fromRow(row, json)));
        return stored;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T awaitOnContext(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private record Mark(GoalYear goalYear, long seq) {
    }

    private record Reads(Map<String, Instant> dataAsOf, GoalFacts facts, Map<Feed, Instant> newest) {
    }
}
