package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.consistency.ConsistencyGate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The goals of a house-year exactly as the goals endpoints answer them (the same checks, the same
 * snapshot, the same records and rounding), for another rendering of the same figures: the yearly
 * report. The caller checks the house rule first, as the goals endpoints do.
 */
@ApplicationScoped
public class GoalReadings {

    /** The list answer and every goal's detail answer, from one snapshot, with the house and catalogue they are of. */
    public record Reading(House house, GoalCatalogue catalogue, GoalsResponse goals, List<GoalDetailResponse> details) {
    }

    private final HouseYearResolver resolver;
    private final GoalSnapshots snapshots;
    private final ConsistencyGate consistency;
    private final Clock clock;

    GoalReadings(HouseYearResolver resolver, GoalSnapshots snapshots, ConsistencyGate consistency, Clock clock) {
        this.resolver = resolver;
        this.snapshots = snapshots;
        this.consistency = consistency;
        this.clock = clock;
    }

    /**
     * Judges the path, query and Consistency-Token as the goals endpoints do (400 naming each bad
     * field, 404 for an unknown house or a year without a catalogue; thrown before anything is read),
     * waits as they do until the token's write is in the goals (503 not-yet-applied after the wait),
     * then reads.
     */
    public Uni<Reading> read(String house, String year, String asOf, String knownAt, String token) {
        HouseYear request = resolver.resolve(house, year, asOf, knownAt);
        return consistency.await(ConsistencyGate.parse(token), request.house().id(), request.period().year())
                .chain(derivedFrom -> snapshots.of(request, derivedFrom))
                .map(snapshot -> {
            Instant computedAt = clock.instant();
            List<GoalDetailResponse> details = request.catalogue().goals().stream()
                    .map(GoalDefinition::id)
                    .map(id -> GoalResponses.detail(request, computedAt, snapshot, snapshot.goal(id)))
                    .toList();
            return new Reading(request.house(), request.catalogue(), GoalResponses.list(request, computedAt, snapshot),
                    details);
        });
    }
}
