package dk.erhvervshus.security.probe;

import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

@Path("/probe")
@Produces(MediaType.TEXT_PLAIN)
public class ProbeResource {

    @Inject
    Caller caller;

    @GET
    @Path("houses/{house}")
    @RolesAllowed({Roles.DASHBOARD, Roles.NATIONAL})
    public String house(@PathParam("house") String house) {
        caller.requireHouse(house);
        return caller.subject();
    }

    @GET
    @Path("figures")
    @RolesAllowed(Roles.SURVEY_FEED)
    public String figures() {
        caller.requireAllHouses("register figures");
        return caller.subject();
    }

    /** A batch judged per item: the batch needs the role and a house; an item of another house is refused. */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DASHBOARD)
    public Map<String, List<Map<String, Object>>> batch(List<String> houses) {
        caller.requireOwnHouse("probe items");
        return Map.of("results", houses.stream()
                .map(house -> caller.mayActFor(house)
                        ? Map.<String, Object>of("house", house)
                        : Map.<String, Object>of("house", house, "problem", Map.of("status", 403)))
                .toList());
    }

    @GET
    @Path("forgotten")
    public String forgotten() {
        return "nobody should read this";
    }
}
