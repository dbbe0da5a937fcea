package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the path and query of a goals request. Malformed values are 400 (all of them at once);
 * a house or a year without a goal catalogue is 404. Without asOf the answer is as of today
 * (API.md: "default: now"). For a past year that is its final result: it includes what arrived
 * after December 31st about that year, such as user-evaluation answers given in the following
 * months; ask with {@code asOf=<year>-12-31} for the goals as they stood when the year ended.
 */
@ApplicationScoped
class HouseYearResolver {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Houses houses;
    private final GoalCatalogues catalogues;
    private final Clock clock;

    HouseYearResolver(Houses houses, GoalCatalogues catalogues, Clock clock) {
        this.houses = houses;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    HouseYear resolve(String houseId, String yearText, String asOfText) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer year = null;
        if (yearText == null || !YEAR.matcher(yearText).matches()) {
            problems.add(new FieldProblem("year", "must be a four-digit year, was '" + yearText + "'"));
        } else {
            year = Integer.parseInt(yearText);
        }
        LocalDate asOf = null;
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("asOf", "must be a date as YYYY-MM-DD, was '" + asOfText + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
        House house = houses.find(houseId)
                .orElseThrow(() -> ProblemException.notFound("house", "no house '" + houseId + "'"));
        int contractYear = year;
        GoalCatalogue catalogue = catalogues.find(house.id(), contractYear)
                .orElseThrow(() -> ProblemException.notFound("year",
                        "house '" + houseId + "' has no goal catalogue for " + contractYear));
        if (asOf == null) {
            asOf = LocalDate.now(clock);
        }
        return new HouseYear(house, catalogue, new ContractPeriod(contractYear, asOf));
    }
}
