package dk.erhvervshus.reference.testing;

import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.Municipality;
import dk.erhvervshus.reference.MunicipalityGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a second onboarded house, {@value #TESTHUS}, besides the houses of
 * {@code reference/houses.json}. Only Nordjylland's municipalities are known so far, and the
 * services' tests need two houses that can both record things to show that houses never meet.
 * Not a real Erhvervshus; its municipality codes are not real kommunekoder. A service's tests put
 * it in place of the application's {@code Houses} with a CDI alternative producer.
 */
public final class FixtureHouse {

    public static final String TESTHUS = "testhus";
    public static final String TESTHUS_MUNICIPALITY = "998";

    private FixtureHouse() {
    }

    /** The houses as loaded from reference-data, plus {@value #TESTHUS}. */
    public static Houses withTheRealHouses() {
        List<House> houses = new ArrayList<>(Houses.load().all());
        houses.add(new House(TESTHUS, "Erhvervshus Testhus (test fixture)", List.of(
                new Municipality(TESTHUS_MUNICIPALITY, "Testby", 100, MunicipalityGroup.CITY),
                new Municipality("999", "Prøvested", 50, MunicipalityGroup.RURAL))));
        return Houses.of(houses);
    }
}
