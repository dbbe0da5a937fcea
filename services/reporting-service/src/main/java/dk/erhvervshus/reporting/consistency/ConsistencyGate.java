package dk.erhvervshus.reporting.consistency;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.reporting.maintained.Derivations;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Read-your-writes. A write of guidance-service or survey-service answers a
 * {@code Consistency-Token}: "write W appended N events". The projection counts, in the transaction
 * that applies them, the events of each write ({@code applied_writes}), on whichever instance and
 * from whichever partition; the maintainer then derives the goals from the committed facts. A read
 * with the token answers once both have happened: N events of W are applied, and the house-year's
 * maintained goals are derived from a mark at least as new as the one standing then. One statement
 * reads all three from one snapshot, so the mark it sees is at least the one the write set (or
 * gone, derived). Until the write is applied it looks again when this instance hears of the
 * house-year's next derivation ({@link Derivations}, any instance's NOTIFY) or after
 * {@code reporting.consistency.poll-interval}; once applied, the notifications say which mark each
 * derivation was from, so it waits for one from its mark without asking the tables (only again after
 * a pause without news). It holds no thread; after {@code reporting.consistency.max-wait} (default
 * 5 s) it answers 503 not-yet-applied with Retry-After.
 */
@ApplicationScoped
public class ConsistencyGate {

    public static final String HEADER = ConsistencyToken.HEADER;

    private static final String STATE = """
            select (select applied_events from applied_writes where write_id = ?1),
                   (select marked_seq from goal_dirty where house = ?2 and year = ?3),
                   (select derived_seq from maintained_house_years where house = ?2 and year = ?3)""";

    private final Derivations derivations;
    private final Duration maxWait;
    private final Duration pollInterval;
    private final Clock clock;

    public ConsistencyGate(Derivations derivations,
                           @ConfigProperty(name = "reporting.consistency.max-wait", defaultValue = "PT5S") Duration maxWait,
                           @ConfigProperty(name = "reporting.consistency.poll-interval", defaultValue = "PT0.5S")
                           Duration pollInterval,
                           Clock clock) {
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

    /** Completes when the token's write is in the house-year's goals; at once without a token. */
    public Uni<Void> await(ConsistencyToken token, String house, int year) {
        if (token == null || token.events() == 0) {
            return Uni.createFrom().voidItem();
        }
        // The request's own (duplicated) context: a derivation is heard of, and a pause ends, on
        // another thread, and the next look's session must be opened on this one.
        Context request = Vertx.currentContext();
        Executor onRequest = request == null ? Runnable::run : command -> request.runOnContext(ignored -> command.run());
        return look(new Wait(token, house, year, clock.instant().plus(maxWait), onRequest), null);
    }

    /**
     * Asks the tables.
     *
     * @param markSeen the mark standing when the write was first seen applied; null before
     */
    private Uni<Void> look(Wait wait, Long markSeen) {
        CompletionStage<Void> nextDerivation = derivations.next(wait.house(), wait.year());
        return state(wait).chain(state -> {
            boolean applied = state.applied() != null && state.applied() >= wait.token().events();
            if (!applied) {
                return pause(wait, nextDerivation, "the projection had not applied write " + wait.token().writeId())
                        .chain(heard -> look(wait, null));
            }
            Long mark = markSeen != null ? markSeen : state.mark();
            if (mark == null || (state.derived() != null && state.derived() >= mark)) {
                return Uni.createFrom().voidItem();
            }
            return awaitDerived(wait, mark);
        });
    }

    /**
     * Applied, not derived yet: waits for a derivation from {@code mark} to be heard of, asking the
     * tables again only after a pause without one (a notification may be lost while the listening
     * connection is made again).
     */
    private Uni<Void> awaitDerived(Wait wait, long mark) {
        CompletionStage<Void> nextDerivation = derivations.next(wait.house(), wait.year());
        if (derivations.heardDerivedFrom(wait.house(), wait.year(), mark)) {
            return Uni.createFrom().voidItem();
        }
        return pause(wait, nextDerivation, "the goals of " + wait.house() + " " + wait.year()
                + " were not derived from the write yet")
                .chain(heard -> heard ? awaitDerived(wait, mark) : look(wait, mark));
    }

    /** True when a derivation was heard of, false after a pause of at most the poll interval without one. */
    private Uni<Boolean> pause(Wait wait, CompletionStage<Void> nextDerivation, String notYet) {
        Duration left = Duration.between(clock.instant(), wait.deadline());
        if (left.isNegative() || left.isZero()) {
            return Uni.createFrom().failure(new WriteNotAppliedException(notYet, maxWait));
        }
        return Uni.createFrom().completionStage(nextDerivation).map(ignored -> true)
                .ifNoItem().after(left.compareTo(pollInterval) < 0 ? left : pollInterval).recoverWithItem(false)
                .emitOn(wait.onRequest());
    }

    private static Uni<State> state(Wait wait) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(STATE, Object[].class)
                .setParameter(1, wait.token().writeId()).setParameter(2, wait.house()).setParameter(3, wait.year())
                .getSingleResult()))
                .map(row -> new State(number(row[0]), number(row[1]), number(row[2])));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private record State(Long applied, Long mark, Long derived) {
    }

    private record Wait(ConsistencyToken token, String house, int year, Instant deadline, Executor onRequest) {
    }
}
