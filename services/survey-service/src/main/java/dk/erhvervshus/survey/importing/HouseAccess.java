package dk.erhvervshus.survey.importing;

import java.util.Optional;

/**
 * Whether the caller may record data for a house, asked for each row before anything else of it is
 * judged: a row of a house the caller is not confined to is rejected for that reason alone, and the
 * other rows are imported. The REST layer answers it from the bearer token; the importer knows
 * nothing of tokens.
 */
@FunctionalInterface
public interface HouseAccess {

    /** For a caller that acts for every house (the national feed). */
    HouseAccess EVERY_HOUSE = house -> Optional.empty();

    /** @return why the caller may not record data for {@code house}, or empty when it may */
    Optional<String> refusalFor(String house);
}
