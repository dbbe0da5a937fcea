package dk.erhvervshus.reporting.api;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;
import io.smallrye.mutiny.Uni;
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
 * Goal fulfilment of a house's contract year (API.md, reporting-service). Path parameters arrive
 * as text so that a malformed year is a 400 naming the field rather than a bare 404.
 */
@Path("/api/v1/houses/{house}/years/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "goals")
@APIResponse(responseCode = "400", description = "a malformed or implausible year (2000 to next year) or asOf "
        + "(2000-01-01 to December 31st of next year)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "unknown house, no catalogue for the year, or unknown goal",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GoalsResource {

    private static final String AS_OF = "The goals as they stood at the end of this day (YYYY-MM-DD), "
            + "judged by the business dates of the events; default: today, at most December 31st of the year.";

    private final HouseYearResolver resolver;
    private final GoalFactsQuery facts;
    private final GoalEvaluator evaluator;
    private final Clock clock;

    public GoalsResource(HouseYearResolver resolver, GoalFactsQuery facts, GoalEvaluator evaluator, Clock clock) {
        this.resolver = resolver;
        this.facts = facts;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @GET
    @Path("goals")
    @Operation(summary = "Every goal of the year's catalogue with actual, target and status")
    public Uni<GoalsResponse> goals(@PathParam("house") String house, @PathParam("year") String year,
                                    @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        HouseYear request = resolver.resolve(house, year, asOf);
        return facts.factsFor(request.house(), request.catalogue(), request.period())
                .map(f -> GoalResponses.list(request, clock.instant(), evaluator.evaluateAll(request.catalogue(), f)));
    }

    @GET
    @Path("goals/{goalId}")
    @Operation(summary = "One goal with its breakdowns and activities")
    public Uni<GoalDetailResponse> goal(@PathParam("house") String house, @PathParam("year") String year,
                                        @PathParam("goalId") String goalId,
                                        @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        HouseYear request = resolver.resolve(house, year, asOf);
        GoalDefinition goal = request.catalogue().goal(goalId)
                .orElseThrow(() -> new NotFoundException("goalId", "the " + request.period().year() + " catalogue of '"
                        + request.house().id() + "' has no goal '" + Validation.echo(goalId) + "'"));
        return facts.factsFor(request.house(), request.catalogue(), request.period())
                .map(f -> GoalResponses.detail(request, clock.instant(), evaluator.evaluate(goal, f)));
    }

    @GET
    @Path("municipalities")
    @Operation(summary = "Guided companies and courses per municipality against the funding key")
    public Uni<MunicipalitiesResponse> municipalities(@PathParam("house") String house, @PathParam("year") String year,
                                                      @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        HouseYear request = resolver.resolve(house, year, asOf);
        return facts.factsFor(request.house(), request.catalogue(), request.period())
                .map(f -> GoalResponses.municipalities(request, clock.instant(),
                        MunicipalitySpread.of(request.house(), f.coursesStartedInYear())));
    }
}
