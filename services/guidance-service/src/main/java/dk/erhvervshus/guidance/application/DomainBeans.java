package dk.erhvervshus.guidance.application;

import dk.erhvervshus.guidance.domain.ActivityCommandValidator;
import dk.erhvervshus.guidance.domain.CourseCommandValidator;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** Wires the framework-free domain: reference data, the clock "today" is read from, the validators. */
public class DomainBeans {

    /** Business dates ("not after today") are Danish dates, whatever zone the server runs in. */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "guidance.time-zone", defaultValue = "Europe/Copenhagen") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

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
    CourseCommandValidator courseCommandValidator(Houses houses, Clock clock) {
        return new CourseCommandValidator(houses, clock);
    }

    @Produces
    @Singleton
    ActivityCommandValidator activityCommandValidator(Houses houses, GoalCatalogues catalogues, Clock clock) {
        return new ActivityCommandValidator(houses, catalogues, clock);
    }
}
