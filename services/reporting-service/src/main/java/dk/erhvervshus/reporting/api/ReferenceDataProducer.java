package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** The plain-Java collaborators of the query side, as beans; the clock is one so tests can fix "today". */
public class ReferenceDataProducer {

    @Produces
    @Singleton
    Houses houses() {
        return Houses.load();
    }

    @Produces
    @Singleton
    GoalCatalogues goalCatalogues(Houses houses) {
        return new GoalCatalogues(houses);
    }

    @Produces
    @Singleton
    GoalEvaluator goalEvaluator() {
        return new GoalEvaluator();
    }

    /** "Today" is the houses' calendar day, not the server's. */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "reporting.time-zone", defaultValue = "Europe/Copenhagen") ZoneId zone) {
        return Clock.system(zone);
    }
}
