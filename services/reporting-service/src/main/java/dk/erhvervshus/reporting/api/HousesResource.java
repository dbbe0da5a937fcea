package dk.erhvervshus.reporting.api;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.security.AccessDeniedException;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.KnownHouses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The houses and the years their goals can be read for, from the reference data (houses and goal
 * catalogues), so that a dashboard offers what exists instead of keeping its own list or probing
 * year by year. Nothing here reads a read model.
 */
// The class is at /api/v1, not /api/v1/houses: a root resource at /api/v1/houses would take every
// path under it from GoalsResource, so that a wrong method on the goals answered 404, not 405.
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "houses", description = "The houses and the contract years with a goal catalogue")
public class HousesResource {

    private final Houses houses;
    private final KnownHouses known;
    private final GoalCatalogues catalogues;
    private final Caller caller;

    HousesResource(Houses houses, GoalCatalogues catalogues, Caller caller) {
        this.houses = houses;
        this.known = new KnownHouses(houses);
        this.catalogues = catalogues;
        this.caller = caller;
    }

    @GET
    @Path("houses")
    @RolesAllowed(Roles.NATIONAL)
    @Operation(operationId = "listHouses", summary = "Every house with the years it has a goal catalogue for",
            description = "For the national comparison: only a `national` token confined to no house (a token with a "
                    + "`house` claim is 403; it reads its own house at GET /api/v1/houses/{house}).")
    @APIResponse(responseCode = "200", description = "every house, in the reference data's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HousesResponse.class)))
    public HousesResponse list() {
        caller.house().ifPresent(own -> {
            throw new AccessDeniedException("the list of every house is national: a token confined to house '" + own
                    + "' reads its own at /api/v1/houses/" + own);
        });
        return new HousesResponse(houses.all().stream().map(this::entry).toList());
    }

    @GET
    @Path("houses/{house}")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getHouse", summary = "One house with the years it has a goal catalogue for",
            description = "A token with a `house` claim reads only that house (another house is 403, before anything "
                    + "else is checked); `national` reads every house.")
    @APIResponse(responseCode = "200", description = "the house",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseEntry.class)))
    @APIResponse(responseCode = "404", description = "unknown house; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HouseEntry house(@PathParam("house") String house) {
        caller.requireHouse(house);
        return entry(known.inPath("house", house));
    }

    private HouseEntry entry(House house) {
        return new HouseEntry(house.id(), house.name(), catalogues.years(house.id()));
    }
}
