package dk.erhvervshus.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which houses a token may act for: the one in its {@code house} claim, or every house when it has
 * none. A token without the claim is only legitimate for roles that are national by nature
 * ({@code survey-feed} for Erhvervsstyrelsen's national feed, {@code national}, {@code admin});
 * a house-bound role without it is refused everywhere instead of being read as "every house".
 * Pure logic, so the rule is unit-tested without a running service.
 */
public final class HouseScope {

    private final Set<String> roles;
    private final String houseClaim;

    private HouseScope(Set<String> roles, String houseClaim) {
        this.roles = Set.copyOf(roles);
        this.houseClaim = houseClaim;
    }

    public static HouseScope of(Set<String> roles, Optional<String> houseClaim) {
        return new HouseScope(roles, houseClaim.filter(h -> !h.isBlank()).orElse(null));
    }

    public Optional<String> house() {
        return Optional.ofNullable(houseClaim);
    }

    /** Why the token may not act for {@code house}, or empty when it may. */
    public Optional<String> refusalFor(String house) {
        Optional<String> unnamed = unnamedHouse();
        if (unnamed.isPresent()) {
            return unnamed;
        }
        if (houseClaim != null && !Objects.equals(houseClaim, house)) {
            return Optional.of("the token is for house '" + abbreviate(houseClaim) + "', not '" + abbreviate(house) + "'");
        }
        return Optional.empty();
    }

    /**
     * Why the token may not act for a record it named by id (a course by its URL), or empty when it
     * may. Unlike {@link #refusalFor} it does not name the record's house: the caller learns that the
     * record is not its house's, nothing of whose it is.
     *
     * @param record the record, for the refusal ("guidance course c-17")
     */
    public Optional<String> refusalForRecordOf(String house, String record) {
        Optional<String> unnamed = unnamedHouse();
        if (unnamed.isPresent()) {
            return unnamed;
        }
        if (houseClaim != null && !Objects.equals(houseClaim, house)) {
            return Optional.of(record + " belongs to another house than the token's ('" + houseClaim + "')");
        }
        return Optional.empty();
    }

    /**
     * Why the token may not act for something that belongs to no house (register figures every
     * house's goals read), or empty when it may: only a token confined to no house may.
     */
    public Optional<String> refusalForAllHouses(String what) {
        Optional<String> unnamed = unnamedHouse();
        if (unnamed.isPresent()) {
            return unnamed;
        }
        if (houseClaim != null) {
            return Optional.of(what + " belong to no house: a token confined to house '" + houseClaim
                    + "' may not write them");
        }
        return Optional.empty();
    }

    /**
     * Why the token may not act for an operation that belongs to the caller's own house as a whole
     * (identifiers unique per house, a batch whose items are judged one by one), or empty when it
     * names its house.
     */
    public Optional<String> refusalWithoutOwnHouse(String what) {
        if (houseClaim != null) {
            return Optional.empty();
        }
        return Optional.of(unnamedHouse().orElse(what + " belong to the house of the token, and the token names none"));
    }

    private Optional<String> unnamedHouse() {
        if (houseClaim != null) {
            return Optional.empty();
        }
        Set<String> bound = new TreeSet<>(roles);
        bound.retainAll(Roles.HOUSE_BOUND);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("a token with role " + String.join(", ", bound)
                + " must name its house in the claim 'house'");
    }

    /** A refusal names what was asked for, but never echoes a huge value back (cf. the validation kit). */
    private static String abbreviate(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
