package dk.erhvervshus.reporting.maintained;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The goal changes of every instance, as they are committed: each instance LISTENs on
 * {@code goal_changes}; a notification (or, should one be lost while the connection is re-made,
 * the next look every {@code reporting.goal-stream.poll-interval}) makes it read the rows after the
 * last one it passed on, in {@code seq} order, and hand them to its open streams. The table is the
 * truth: a stream resumed with {@code Last-Event-ID} reads what it missed from it, then continues
 * live without a gap or a repeat ({@link #changesAfter}). The notification (sent after every
 * derivation, with or without changes) also tells {@link MaintainedGoals} to forget what it holds,
 * and tells the reads waiting for a write which mark the house-year is derived from ({@link Derivations}).
 */
@ApplicationScoped
public class GoalChangeFeed {

    static final String CHANNEL = "goal_changes";

    private static final Logger LOG = Logger.getLogger(GoalChangeFeed.class);
    private static final int ROWS_PER_READ = 1000;
    private static final String NEWEST = "select coalesce(max(seq), 0) as seq from goal_changes";
    private static final String AFTER = """
            select seq, house, year, goal_id, changed_at, result
            from goal_changes where seq > $1 order by seq limit $2""";
    private static final String AFTER_FOR_HOUSE_YEAR = """
            select seq, house, year, goal_id, changed_at, result
            from goal_changes where house = $1 and year = $2 and seq > $3 order by seq limit $4""";

    private final Pool pool;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final MaintainedGoals maintained;
    private final Derivations derivations;
    private final Duration pollInterval;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final BroadcastProcessor<GoalChange> live = BroadcastProcessor.create();
    private final AtomicLong passedOn = new AtomicLong(-1);
    private final AtomicBoolean reading = new AtomicBoolean();
    private PgSubscriber subscriber;
    private long timer = -1;

    public GoalChangeFeed(Pool pool, Vertx vertx, ObjectMapper json, MaintainedGoals maintained, Derivations derivations,
                          @ConfigProperty(name = "reporting.goal-stream.poll-interval", defaultValue = "PT2S")
                          Duration pollInterval,
                          @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                          @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                          @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = pool;
        this.vertx = vertx;
        this.json = json;
        this.maintained = maintained;
        this.derivations = derivations;
        this.pollInterval = pollInterval;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        passedOn.set(pool.query(NEWEST).execute().map(rows -> rows.iterator().next().getLong("seq"))
                .await().atMost(Duration.ofSeconds(30)));
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options);
        subscriber.reconnectPolicy(attempts -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> {
            Derivations.Heard heard = Derivations.parse(payload);
            maintained.forget(heard.houseYear());
            derivations.derived(heard);
            readNew();
        });
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening on " + CHANNEL),
                failure -> LOG.warnf("cannot LISTEN on %s (%s); goal streams fall back to looking every %s", CHANNEL,
                        failure.getMessage(), pollInterval));
        timer = vertx.setPeriodic(pollInterval.toMillis(), id -> readNew());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, failure -> { });
        }
        live.onComplete();
    }

    /** The seq of the newest change this instance has passed on: where a stream without Last-Event-ID starts. */
    public long newestSeq() {
        return passedOn.get();
    }

    /**
     * The changes of a house-year after {@code lastSeen}: first those already committed (read from
     * the table), then live ones, each exactly once and in order.
     */
    public Multi<GoalChange> changesAfter(String house, int year, long lastSeen) {
        return Multi.createFrom().emitter(emitter -> {
            Object lock = new Object();
            List<GoalChange> held = new ArrayList<>();
            AtomicBoolean replaying = new AtomicBoolean(true);
            AtomicLong last = new AtomicLong(lastSeen);
            Cancellable liveSubscription = live
                    .filter(c -> c.house().equals(house) && c.year() == year)
                    .subscribe().with(change -> {
                        synchronized (lock) {
                            if (replaying.get()) {
                                held.add(change);
                            } else if (change.seq() > last.get()) {
                                last.set(change.seq());
                                emitter.emit(change);
                            }
                        }
                    }, emitter::fail);
            emitter.onTermination(liveSubscription::cancel);
            backlog(house, year, lastSeen).subscribe().with(backlog -> {
                synchronized (lock) {
                    List<GoalChange> all = new ArrayList<>(backlog);
                    all.addAll(held);
                    for (GoalChange change : all) {
                        if (change.seq() > last.get()) {
                            last.set(change.seq());
                            emitter.emit(change);
                        }
                    }
                    held.clear();
                    replaying.set(false);
                }
            }, emitter::fail);
        });
    }

    /** Everything committed after {@code lastSeen} for the house-year, read page by page. */
    private Uni<List<GoalChange>> backlog(String house, int year, long lastSeen) {
        List<GoalChange> all = new ArrayList<>();
        return Multi.createBy().repeating()
                .uni(() -> pool.preparedQuery(AFTER_FOR_HOUSE_YEAR)
                        .execute(Tuple.of(house, year, all.isEmpty() ? lastSeen : all.get(all.size() - 1).seq(), ROWS_PER_READ))
                        .map(this::changes)
                        .invoke(all::addAll))
                .whilst(page -> page.size() == ROWS_PER_READ)
                .collect().last()
                .map(ignored -> all);
    }

    private void readNew() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        pool.preparedQuery(AFTER).execute(Tuple.of(passedOn.get(), ROWS_PER_READ))
                .map(this::changes)
                .subscribe().with(changes -> {
                    changes.forEach(change -> {
                        passedOn.set(change.seq());
                        live.onNext(change);
                    });
                    reading.set(false);
                    if (changes.size() == ROWS_PER_READ) {
                        readNew();
                    }
                }, failure -> {
                    reading.set(false);
                    LOG.debugf(failure, "cannot read goal changes now");
                });
    }

    private List<GoalChange> changes(Iterable<Row> rows) {
        List<GoalChange> changes = new ArrayList<>();
        for (Row row : rows) {
            changes.add(new GoalChange(row.getLong("seq"), row.getString("house"), row.getInteger("year"),
                    row.getString("goal_id"), row.getOffsetDateTime("changed_at").toInstant(), tree(row.getString("result"))));
        }
        return changes;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a goal change cannot be read", e);
        }
    }
}
