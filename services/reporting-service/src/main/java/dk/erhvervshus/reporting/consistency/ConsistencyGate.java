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
 * gone, derived). It looks again when this instance hears of the house-year's next derivation
 * ({@link Derivations}, any instance's NOTIFY), and every {@code reporting.consistency.poll-interval}
 * at the latest, without holding a thread; after {@code reporting.consistency.max-wait} (default
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
                           @ConfigProperty(name = "reporting.consistency.poll-interval", defaultValue = "PT0.2S")
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
        return look(token, house, year, clock.instant().plus(maxWait), null, onRequest);
    }

    /** @param markSeen the mark standing when the write was first seen applied; null before */
    private Uni<Void> look(ConsistencyToken token, String house, int year, Instant deadline, Long markSeen,
                           Executor onRequest) {
        CompletionStage<Void> nextDerivation = derivations.next(house, year);
        return state(token, house, year).chain(state -> {
            boolean applied = state.applied() != null && state.applied() >= token.events();
            Long mark = markSeen != null || !applied ? markSeen : state.mark();
            if (applied && (mark == null || (state.derived() != null && state.derived() >= mark))) {
                return Uni.createFrom().voidItem();
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return Uni.createFrom().failure(new WriteNotAppliedException(applied
                        ? "the goals of " + house + " " + year + " were not derived from the write yet"
                        : "the projection had not applied write " + token.writeId(), maxWait));
            }
            Duration pause = left.compareTo(pollInterval) < 0 ? left : pollInterval;
            return Uni.createFrom().completionStage(nextDerivation)
                    .ifNoItem().after(pause).recoverWithItem((Void) null)
                    .emitOn(onRequest)
                    .chain(() -> look(token, house, year, deadline, mark, onRequest));
        });
    }

    private static Uni<State> state(ConsistencyToken token, String house, int year) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(STATE, Object[].class)
                .setParameter(1, token.writeId()).setParameter(2, house).setParameter(3, year).getSingleResult()))
                .map(row -> new State(number(row[0]), number(row[1]), number(row[2])));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private record State(Long applied, Long mark, Long derived) {
    }
}
