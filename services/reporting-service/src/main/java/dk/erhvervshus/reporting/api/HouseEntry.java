package dk.erhvervshus.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A house as the dashboards pick it: its id and name, and the years its goals can be read for. */
public record HouseEntry(
        String id,
        String name,
        @Schema(description = "the contract years with a goal catalogue, oldest first; the goal endpoints answer 404 "
                + "for any other year. Empty for a house without a catalogue yet")
        List<Integer> years) {
}
