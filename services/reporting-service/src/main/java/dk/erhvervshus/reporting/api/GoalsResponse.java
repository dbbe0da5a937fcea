package dk.erhvervshus.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/houses/{house}/years/{year}/goals}: every goal of the catalogue, in contract order. */
public record GoalsResponse(String house, int year, LocalDate asOf, Instant computedAt, List<GoalSummary> goals) {
}
