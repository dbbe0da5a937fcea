package dk.erhvervshus.reporting.consistency;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Read-your-writes. A write of guidance-service or survey-service answers a
 * {@code Consistency-Token}: "write W appended N events". The projection counts, in the transaction
 * that applies them, the events of each write ({@code applied_writes}), on whichever instance and
 * from whichever partition; the maintainer then derives the goals from the committed facts. A read
 * with the token answers once both have happened: N events of W are applied, and the house-year's
 * maintained goals are derived from a mark at least as new as the one standing then. It waits at
 * most {@code reporting.consistency.max-wait} (default 5 s) without holding a thread, looking every
 * {@code reporting.consistency.poll-interval}; then 503 not-yet-applied with Retry-After.
 */
@ApplicationScoped
public class ConsistencyGate {

    public static final String HEADER = ConsistencyToken.HEADER;

    private static final String APPLIED = "select applied_events from applied_writes where write_id = ?1";
    private static final String MARK = "select marked_seq from goal_dirty where house = ?1 and year = ?2";
    private static final String DERIVED = "select derived_seq from maintained_house_years where house = ?1 and year = ?2";

    private final Duration maxWait;
    private final Duration pollInterval;
    private final Clock clock;

    public ConsistencyGate(@ConfigProperty(name = "reporting.consistency.max-wait", defaultValue = "PT5S") Duration maxWait,
                           @ConfigProperty(name = "reporting.consistency.poll-interval", defaultValue = "PT0.01S")
                           Duration pollInterval,
                           Clock clock) {
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

    /** Completes when the token's write is in the house-year's goals; at once without a token. */
    public Uni<Void> await(ConsistencyToken token, String house, int year) {
        if (token == null || token.events() == 0) {
            return Uni.createFrom().voidItem();
        }
        Instant deadline = clock.instant().plus(maxWait);
        return waitUntil(deadline, () -> applied(token), "the projection had not applied write " + token.writeId())
                .chain(() -> mark(house, year))
                .chain(mark -> mark == null ? Uni.createFrom().voidItem()
                        : waitUntil(deadline, () -> derived(house, year).map(d -> d != null && d >= mark),
                        "the goals of " + house + " " + year + " were not derived from the write yet"));
    }

    private Uni<Void> waitUntil(Instant deadline, java.util.function.Supplier<Uni<Boolean>> condition, String what) {
        return condition.get().chain(met -> {
            if (met) {
                return Uni.createFrom().voidItem();
            }
            if (!clock.instant().isBefore(deadline)) {
                return Uni.createFrom().failure(new WriteNotAppliedException(what, maxWait));
            }
            return Uni.createFrom().voidItem().onItem().delayIt().by(pollInterval)
                    .chain(() -> waitUntil(deadline, condition, what));
        });
    }

    private Uni<Boolean> applied(ConsistencyToken token) {
        return single(APPLIED, token.writeId()).map(n -> n != null && n.longValue() >= token.events());
    }

    private Uni<Long> mark(String house, int year) {
        return single(MARK, house, year).map(n -> n == null ? null : n.longValue());
    }

    private Uni<Long> derived(String house, int year) {
        return single(DERIVED, house, year).map(n -> n == null ? null : n.longValue());
    }

    private static Uni<Number> single(String sql, Object... parameters) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        })).map(ConsistencyGate::first);
    }

    private static Number first(List<Object> rows) {
        return rows.isEmpty() ? null : (Number) rows.get(0);
    }
}
