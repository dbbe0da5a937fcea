package dk.erhvervshus.survey.domain;

import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The houses that can take registrations: a known house whose municipalities are listed in the
 * reference data. The others exist by name only, and data for them would count towards nothing.
 */
public final class OnboardedHouses {

    private static final int MAX_HOUSE_ID = 50;

    private final Houses houses;

    public OnboardedHouses(Houses houses) {
        this.houses = houses;
    }

    /** The onboarded house named by {@code value}, or null after recording why not. */
    public House require(Validation v, String field, String value) {
        String id = v.requiredText(field, value, MAX_HOUSE_ID);
        if (id == null) {
            return null;
        }
        Optional<House> house = houses.find(id);
        if (house.isEmpty()) {
            v.reject(field, "unknown house '" + id + "'; one of "
                    + houses.all().stream().map(House::id).collect(Collectors.joining(", ")));
            return null;
        }
        if (!house.get().isOnboarded()) {
            v.reject(field, "house '" + id + "' is not onboarded yet (its municipalities are not known)");
            return null;
        }
        return house.get();
    }
}
