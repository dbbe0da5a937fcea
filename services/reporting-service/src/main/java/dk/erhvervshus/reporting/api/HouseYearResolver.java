package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.validation.BusinessCalendar;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Checks the path and query of a goals request, as every service judges them: a malformed or
 * implausible year (2000 to next year) or asOf (2000-01-01 to December 31st of next year) is 400,
 * all of them at once; an unknown house, or a year without a goal catalogue, is 404 naming the
 * parameter. Without asOf the answer is as of today (the v1 contract: "default: now"). For a past year that
 * is its final result: it includes what arrived after December 31st about that year, such as
 * user-evaluation answers given in the following months; ask with {@code asOf=<year>-12-31} for the
 * goals as they stood when the year ended.
 */
@ApplicationScoped
class HouseYearResolver {

    private final KnownHouses houses;
    private final GoalCatalogues catalogues;
    private final Clock clock;

    HouseYearResolver(Houses houses, GoalCatalogues catalogues, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.catalogues = catalogues;
        this.clock = clock;
    }

    HouseYear resolve(String houseId, String yearText, String asOfText) {
        return resolve(houseId, yearText, asOfText, null);
    }

    /** As {@link #resolve(String, String, String)}, with the knowledge to read: an instant, or null for all known now. */
    HouseYear resolve(String houseId, String yearText, String asOfText, String knownAtText) {
        Validation v = new Validation(clock);
        Integer year = v.requiredPlanningYear("year", yearText);
        LocalDate asOf = v.optionalDateWithin("asOf", asOfText, BusinessCalendar.FIRST_DATE,
                new BusinessCalendar(clock).endOfNextYear());
        if (asOfText != null && asOfText.isBlank()) {
            v.reject("asOf", "must be a date such as 2023-06-30 when sent");
        }
        Instant knownAt = knownAtText == null || knownAtText.isBlank() ? null : v.optionalInstant("knownAt", knownAtText);
        if (knownAtText != null && knownAtText.isBlank()) {
            v.reject("knownAt", "must be an instant such as 2024-01-15T00:00:00Z when sent");
        }
        v.throwIfInvalid();
        House house = houses.inPath("house", houseId);
        int contractYear = year;
        GoalCatalogue catalogue = catalogues.find(house.id(), contractYear)
                .orElseThrow(() -> new NotFoundException("year",
                        "house '" + house.id() + "' has no goal catalogue for " + contractYear));
        return new HouseYear(house, catalogue, new ContractPeriod(contractYear, asOf != null ? asOf : v.today()), knownAt);
    }
}
