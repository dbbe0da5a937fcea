package dk.erhvervshus.survey.api;

import dk.erhvervshus.security.AccessDeniedException;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.survey.importing.HouseAccess;

import java.util.Optional;

/**
 * The house rule applied to the house a request names, before anything else of the request is
 * judged: a token confined to one house gets 403 for another house's body, item or row, never a
 * 400 about its other fields, and nothing of it is read or stored. A request naming no house is
 * left to validation, whose 400 names the field.
 */
final class HouseRule {

    private HouseRule() {
    }

    /** @throws AccessDeniedException when {@code house} is named and the caller may not act for it */
    static void requireNamed(Caller caller, String house) {
        if (house != null && !house.isBlank()) {
            caller.requireHouse(house.strip());
        }
    }

    /** Why the caller may not act for the house a batch item names; empty when it may, or names none. */
    static Optional<AccessDeniedException> refusal(Caller caller, String house) {
        try {
            requireNamed(caller, house);
            return Optional.empty();
        } catch (AccessDeniedException denied) {
            return Optional.of(denied);
        }
    }

    /** The rule for each row of a CSV import (the importer only sees rows whose house is named). */
    static HouseAccess perRow(Caller caller) {
        return house -> refusal(caller, house).map(AccessDeniedException::getMessage);
    }

    /**
     * The house a request may name or leave to its token (a house-confined token always means its
     * own house): the named one, else the token's {@code house} claim, else null.
     */
    static String namedOrOwn(Caller caller, String named) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        return caller.house().orElse(null);
    }
}
