package dk.erhvervshus.eventstore;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock recordedAt, outbox and relay times are read from, for a service that produces no
 * {@link Clock} of its own. Only instants are read, so the zone does not matter here; a service
 * whose domain needs "today" in a zone produces its own clock, which then replaces this one.
 */
@Dependent
public class EventStoreClock {

    @Produces
    @DefaultBean
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
