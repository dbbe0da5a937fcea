package dk.erhvervshus.reporting.api;

import java.util.List;

/** {@code GET /api/v1/houses}: every house, in the reference data's order. */
public record HousesResponse(List<HouseEntry> houses) {
}
