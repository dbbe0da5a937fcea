package dk.erhvervshus.guidance.it;

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
 * Test fixture: the houses as loaded from reference-data, plus a second onboarded house,
 * {@value #TESTHUS}, with two made-up municipalities. Only Nordjylland's municipalities are known so
 * far, and the tests need two houses that can both register courses to show that houses never meet.
 * As a CDI alternative it replaces the service's own {@code Houses} in every test of this module.
 */
public class FixtureHouses {

    /** A fixture house; not a real Erhvervshus. */
    static final String TESTHUS = "testhus";
    /** Municipality codes of {@value #TESTHUS}; not real kommunekoder. */
    static final String TESTHUS_MUNICIPALITY = "998";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Houses housesWithAFixtureHouse() {
        List<House> houses = new ArrayList<>(Houses.load().all());
        houses.add(new House(TESTHUS, "Erhvervshus Testhus (test fixture)", List.of(
                new Municipality(TESTHUS_MUNICIPALITY, "Testby", 100, MunicipalityGroup.CITY),
                new Municipality("999", "Prøvested", 50, MunicipalityGroup.RURAL))));
        return Houses.of(houses);
    }
}
