package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.GoalFacts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The facts the goals of a house and year are computed from, as they stood on a business date
 * ({@code period}'s asOf) and as they were known at an instant ({@link FactReading} says which).
 * With everything known ({@link KnownAt#LATEST}) they come from {@link LatestFacts}, which holds
 * the big families of recent house-years in memory; as known at an earlier instant they are read
 * from the version tables.
 */
@ApplicationScoped
public class GoalFactsQuery {

    private final LatestFacts latest;

    public GoalFactsQuery(LatestFacts latest) {
        this.latest = latest;
    }

    public Uni<GoalFacts> factsFor(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) {
        if (KnownAt.LATEST.equals(knownAt)) {
            return latest.factsFor(house, catalogue, period);
        }
        FactReading reading = new FactReading(house, catalogue, period, knownAt);
        return Panache.withSession(() -> reading.bigFamilies()
                .chain(reading::smallFamilies)
                .map(ignored -> reading.facts()));
    }
}
