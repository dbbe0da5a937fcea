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

    /** A batch of items, each naming its house: those of another house are rejected, the batch goes on. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    public Map<String, Integer> items(List<String> houses) {
        return Map.of("rejected", (int) houses.stream().filter(house -> !caller.mayActFor(house)).count());
    }

    @GET
    @Path("forgotten")
    public String forgotten() {
        return "nobody should read this";
    }
}
