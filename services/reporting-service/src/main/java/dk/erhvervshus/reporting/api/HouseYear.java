package dk.erhvervshus.reporting.api;

import java.time.Instant;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ContractPeriod;

/**
 * A request's house, its catalogue for the year, the date the answer is as of, and the instant
 * whose knowledge it reads ({@code knownAt}; null: everything known now).
 */
record HouseYear(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) {
}
