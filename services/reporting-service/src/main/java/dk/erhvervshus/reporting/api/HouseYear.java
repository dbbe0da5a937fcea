package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ContractPeriod;

/** A request's house, its catalogue for the year, and the date the answer is as of. */
record HouseYear(House house, GoalCatalogue catalogue, ContractPeriod period) {
}
