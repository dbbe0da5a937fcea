package dk.erhvervshus.guidance.it;

import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.testing.FixtureHouse;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Puts reference-data's fixture house ({@link FixtureHouse#TESTHUS}) beside the real houses in every
 * {@code @QuarkusTest} of this module, so the tests can show that two houses' records never meet;
 * production has no such house.
 */
public class FixtureHouses {

    static final String TESTHUS = FixtureHouse.TESTHUS;
    static final String TESTHUS_MUNICIPALITY = FixtureHouse.TESTHUS_MUNICIPALITY;

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Houses housesWithTheFixtureHouse() {
        return FixtureHouse.withTheRealHouses();
    }
}
