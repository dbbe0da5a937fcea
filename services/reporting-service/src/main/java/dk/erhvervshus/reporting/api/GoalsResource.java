package dk.erhvervshus.reporting.api;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.view.DataAsOfQuery;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/**
 * Goal fulfilment of a house's contract year (the v1 contract, reporting-service). Path parameters arrive
 * as text so that a malformed year is a 400 naming the field rather than a bare 404.
 *
 * <p>Every operation checks the house rule first, on the path's house as the client typed it:
 * a token confined to another house learns nothing about this one, not even whether its year or
 * goal exists (403, not 400 or 404), and no read model is read for it.
 */
@Path("/api/v1/houses/{house}/years/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "goals", description = "Live goal fulfilment of a house's performance contract year, computed from "
        + "the read models of guidance-events and survey-events, as of any date")
public class GoalsResource {

    private static final String AS_OF = "The goals as they stood at the end of this day (YYYY-MM-DD), "
            + "judged by the business dates of the events; default: today, at most December 31st of the year.";
    private static final String HOUSE_RULE = "A token with a `house` claim reads only that house (another house "
            + "is 403, before anything else is checked); `national` reads every house.";
    private static final String BAD_YEAR_OR_AS_OF = "a malformed or implausible year (2000 to next year) or asOf "
            + "(2000-01-01 to December 31st of next year), every bad field named";
    private static final String NO_HOUSE_OR_YEAR = "unknown house, or no goal catalogue for the year; "
            + "the field is named";
    private static final String UNAVAILABLE = "The read models cannot be reached (type storage-unavailable), or this "
            + "instance is already answering as many goal reads as it takes (type overloaded, "
            + "reporting.reads.max-concurrent). Nothing was read: send it again after the seconds of Retry-After";

    private final HouseYearResolver resolver;
    private final GoalFactsQuery facts;
    private final GoalEvaluator evaluator;
    private final Clock clock;
    private final Caller caller;
    private final DataAsOfQuery dataAsOf;
    private final ReadBulkhead reads;

    public GoalsResource(HouseYearResolver resolver, GoalFactsQuery facts, GoalEvaluator evaluator, Clock clock,
                         Caller caller, DataAsOfQuery dataAsOf, ReadBulkhead reads) {
        this.dataAsOf = dataAsOf;
        this.reads = reads;
        this.resolver = resolver;
        this.facts = facts;
        this.evaluator = evaluator;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Path("goals")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "listGoalFulfilment",
            summary = "Every goal of the year's catalogue with actual, target and status", description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "every goal of the catalogue, in contract order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalsResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GoalsResponse> goals(@PathParam("house") String house, @PathParam("year") String year,
                                    @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf);
        return reads.read(() -> dataAsOf.perTopic().flatMap(freshness -> facts.factsFor(request.house(), request.catalogue(),
                        request.period())
                .map(f -> GoalResponses.list(request, clock.instant(), freshness, evaluator.evaluateAll(request.catalogue(), f)))));
    }

    @GET
    @Path("goals/{goalId}")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getGoalFulfilment", summary = "One goal with its breakdowns and activities",
            description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "the goal, with the breakdowns that fit it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GoalDetailResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown house, no goal catalogue for the year, or no such goal "
            + "in it; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GoalDetailResponse> goal(@PathParam("house") String house, @PathParam("year") String year,
                                        @PathParam("goalId") String goalId,
                                        @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf);
        GoalDefinition goal = request.catalogue().goal(goalId)
                .orElseThrow(() -> new NotFoundException("goalId", "the " + request.period().year() + " catalogue of '"
                        + request.house().id() + "' has no goal '" + Validation.echo(goalId) + "'"));
        return reads.read(() -> dataAsOf.perTopic().flatMap(freshness -> facts.factsFor(request.house(), request.catalogue(),
                        request.period())
                .map(f -> GoalResponses.detail(request, clock.instant(), freshness, evaluator.evaluate(goal, f)))));
    }

    @GET
    @Path("municipalities")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getMunicipalitySpread",
            summary = "Guided companies and courses per municipality against the funding key", description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "the house's municipalities with their guided companies and courses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MunicipalitiesResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MunicipalitiesResponse> municipalities(@PathParam("house") String house, @PathParam("year") String year,
                                                      @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf);
        return reads.read(() -> facts.factsFor(request.house(), request.catalogue(), request.period())
                .map(f -> GoalResponses.municipalities(request, clock.instant(),
                        MunicipalitySpread.of(request.house(), f.coursesStartedInYear()))));
    }
}
