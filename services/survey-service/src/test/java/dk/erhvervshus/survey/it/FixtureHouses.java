package dk.erhvervshus.survey.it;

import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.Municipality;
import dk.erhvervshus.reference.MunicipalityGroup;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: the test application knows a second onboarded house, {@value #TESTHUS}, besides the
 * houses of {@code reference/houses.json} (where only Nordjylland's municipalities are known so
 * far), so the tests can show that two houses' records never meet. It replaces the application's
 * {@code Houses} in every {@code @QuarkusTest} of this module; production has no such house.
 */
public class FixtureHouses {

    static final String TESTHUS = "testhus";
    /** The fixture house's one municipality. */
    static final String TESTHUS_MUNICIPALITY = "999";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Houses housesWithTheFixture() {
        List<House> houses = new ArrayList<>(Houses.load().all());
        houses.add(new House(TESTHUS, "Erhvervshus Testhus (test fixture)",
                List.of(new Municipality(TESTHUS_MUNICIPALITY, "Testby", 1_000, MunicipalityGroup.RURAL))));
        return Houses.of(houses);
    }
}
