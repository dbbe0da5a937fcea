package dk.erhvervshus.reporting.consistency;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.reporting.maintained.Derivations;
import dk.erhvervshus.reporting.maintained.RequestContext;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validation;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Read-your-writes. A write of guidance-service or survey-service answers a
 * {@code Consistency-Token}: "write W appended N events". The projection counts, in the transaction
 * that applies them, the events of each write ({@code applied_writes}), on whichever instance and
 * from whichever partition; the maintainer then derives the goals from the committed facts. A read
 * with the token answers once both have happened: N events of W are applied, and the house-year's
 * maintained goals are derived from a mark at least as new as the one standing then.
 *
 * <p>However many reads wait, one statement looks for all of them at a time
 * ({@code reporting.consistency.poll-interval} apart), reading each one's applied count, the
 * house-year's mark and its derived mark from one snapshot, so the mark it sees is at least the one
 * the write set (or gone: derived). Once a write is applied, the waiting is for a derivation from its
 * mark, which every derivation's notification names ({@link Derivations}): it is then decided in
 * memory, and asked of the tables again only every {@link #RECHECK_EVERY} looks in case a
 * notification was lost. No thread is held; after {@code reporting.consistency.max-wait} (default
 * 5 s) the read answers 503 not-yet-applied with Retry-After.
 */
@ApplicationScoped
public class ConsistencyGate {

    public static final String HEADER = ConsistencyToken.HEADER;

    private static final Logger LOG = Logger.getLogger(ConsistencyGate.class);
    /** A write applied but not heard derived is asked of the tables again every so many looks. */
    private static final int RECHECK_EVERY = 20;
    private static final String STATES = """
            select w.n, a.applied_events, d.marked_seq, m.derived_seq
            from unnest($1::int[], $2::uuid[], $3::text[], $4::int[]) as w(n, write_id, house, year)
            left join applied_writes a on a.write_id = w.write_id
            left join goal_dirty d on d.house = w.house and d.year = w.year
            left join maintained_house_years m on m.house = w.house and m.year = w.year""";

    private final Pool pool;
    private final Vertx vertx;
    private final Derivations derivations;
    private final Duration maxWait;
    private final Duration pollInterval;
    private final Clock clock;
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean looking = new AtomicBoolean();

    public ConsistencyGate(Pool pool, Vertx vertx, Derivations derivations,
                           @ConfigProperty(name = "reporting.consistency.max-wait", defaultValue = "PT5S") Duration maxWait,
                           @ConfigProperty(name = "reporting.consistency.poll-interval", defaultValue = "PT0.02S")
                           Duration pollInterval,
                           Clock clock) {
        this.pool = pool;
        this.vertx = vertx;
        this.derivations = derivations;
        this.maxWait = maxWait;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    /** The token of the request header, or null without one; a malformed one is a 400 naming the header. */
    public static ConsistencyToken parse(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ConsistencyToken.parse(header);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(HEADER, "'" + Validation.echo(header) + "' is not a Consistency-Token "
                    + "as a write answered it: " + e.getMessage());
        }
    }

    /**
     * Completes when the token's write is in the house-year's goals, with the mark they must be derived
     * from (or a newer one) to include it; null at once without a token (nothing to include).
     */
    public Uni<Long> await(ConsistencyToken token, String house, int year) {
        if (token == null || token.events() == 0) {
            return Uni.createFrom().nullItem();
        }
        Executor onRequest = RequestContext.current();
        Waiter waiter = new Waiter(token, house, year, clock.instant().plus(maxWait));
        waiting.add(waiter);
        lookSoon(0);
        return Uni.createFrom().completionStage(waiter.done).emitOn(onRequest);
    }

    private void lookSoon(long delayMillis) {
        if (!looking.compareAndSet(false, true)) {
            return;
        }
        if (delayMillis < 1) {
            vertx.runOnContext(this::look);
        } else {
            vertx.setTimer(delayMillis, id -> look());
        }
    }

    /** One look for every read waiting: in memory where the notifications tell, else one statement. */
    private void look() {
        Instant now = clock.instant();
        List<Waiter> ask = new ArrayList<>();
        for (Waiter waiter : waiting) {
            if (waiter.mark != null && derivations.heardDerivedFrom(waiter.house, waiter.year, waiter.mark)) {
                finish(waiter, waiter.mark, null);
            } else if (!now.isBefore(waiter.deadline)) {
                finish(waiter, null, new WriteNotAppliedException(waiter.mark == null
                        ? "the projection had not applied write " + waiter.token.writeId()
                        : "the goals of " + waiter.house + " " + waiter.year + " were not derived from the write yet",
                        maxWait));
            } else if (waiter.mark == null || ++waiter.looksInMemory % RECHECK_EVERY == 0) {
                ask.add(waiter);
            }
        }
        if (ask.isEmpty()) {
            lookedAgainLater();
            return;
        }
        Integer[] n = new Integer[ask.size()];
        UUID[] writes = new UUID[ask.size()];
        String[] houses = new String[ask.size()];
        Integer[] years = new Integer[ask.size()];
        for (int i = 0; i < ask.size(); i++) {
            n[i] = i;
            writes[i] = ask.get(i).token.writeId();
            houses[i] = ask.get(i).house;
            years[i] = ask.get(i).year;
        }
        pool.preparedQuery(STATES).execute(Tuple.of(n, writes, houses, years))
                .subscribe().with(rows -> {
                    for (Row row : rows) {
                        decide(ask.get(row.getInteger("n")), row);
                    }
                    lookedAgainLater();
                }, failure -> {
                    LOG.debugf(failure, "cannot look for %d waiting write(s) now", ask.size());
                    lookedAgainLater();
                });
    }

    private void decide(Waiter waiter, Row row) {
        Long applied = row.getLong("applied_events");
        if (applied == null || applied < waiter.token.events()) {
            return;
        }
        Long derived = row.getLong("derived_seq");
        if (waiter.mark == null) {
            waiter.mark = row.getLong("marked_seq");
            if (waiter.mark == null) {
                // Applied and derived already: by the derivation standing in the same snapshot, or a newer one.
                finish(waiter, derived == null ? 0L : derived, null);
                return;
            }
        }
        if (derived != null && derived >= waiter.mark) {
            finish(waiter, waiter.mark, null);
        }
    }

    private void lookedAgainLater() {
        looking.set(false);
        if (!waiting.isEmpty()) {
            lookSoon(Math.max(1, pollInterval.toMillis()));
        }
    }

    private void finish(Waiter waiter, Long derivedFrom, RuntimeException failure) {
        if (waiting.remove(waiter)) {
            if (failure == null) {
                waiter.done.complete(derivedFrom);
            } else {
                waiter.done.completeExceptionally(failure);
            }
        }
    }

    /** One read waiting; {@code mark} is the mark standing when its write was first seen applied. */
    private static final class Waiter {
        final ConsistencyToken token;
        final String house;
        final int year;
        final Instant deadline;
        final CompletableFuture<Long> done = new CompletableFuture<>();
        volatile Long mark;
        int looksInMemory;

        Waiter(ConsistencyToken token, String house, int year, Instant deadline) {
            this.token = token;
            this.house = house;
            this.year = year;
            this.deadline = deadline;
        }
    }
}
