package dk.erhvervshus.validation;

import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one judgement of a {@code house} a client names, worded the same in every service: in a
 * body an unknown house is a bad field (400), in a path it is a resource that does not exist (404
 * naming {@code house}). Only an onboarded house (its municipalities are known) can take
 * registrations; the others exist by name only, and data for them would count towards nothing.
 */
public final class KnownHouses {

    /** House ids are short lowercase names; longer input is not echoed whole. */
    public static final int MAX_HOUSE_ID = 50;

    private final Houses houses;

    public KnownHouses(Houses houses) {
        this.houses = houses;
    }

    /** The onboarded house named in a body field, or null after recording why not. */
    public House requireOnboarded(Validation v, String field, String value) {
        String id = v.requiredText(field, value, MAX_HOUSE_ID);
        if (id == null) {
            return null;
        }
        Optional<House> house = houses.find(id);
        if (house.isEmpty()) {
            v.reject(field, unknown(id));
            return null;
        }
        if (!house.get().isOnboarded()) {
            v.reject(field, "house '" + id + "' is not onboarded yet (its municipalities are not known)");
            return null;
        }
        return house.get();
    }

    /** The house named in a path, or a {@link NotFoundException} naming {@code field}. */
    public House inPath(String field, String value) {
        if (value == null || !TextRules.isAcceptable(value)) {
            throw new NotFoundException(field, "unknown house; one of " + ids());
        }
        return houses.find(value).orElseThrow(() -> new NotFoundException(field, unknown(value)));
    }

    private String unknown(String id) {
        return "unknown house '" + Validation.echo(id) + "'; one of " + ids();
    }

    private String ids() {
        return houses.all().stream().map(House::id).collect(Collectors.joining(", "));
    }
}
