package dk.erhvervshus.guidance.api;

import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.guidance.application.ActivityOutcome;
import dk.erhvervshus.guidance.application.GoalActivityService;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/houses/{house}/years/{year}/activities/{activityId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goal activities", description = "Progress on the named activities of goals 5 and 8–10")
public class GoalActivityResource {

    private final GoalActivityService activities;
    private final Caller caller;
    private final WriteOutcomes writes;

    @Inject
    public GoalActivityResource(GoalActivityService activities, Caller caller, WriteOutcomes writes) {
        this.activities = activities;
        this.caller = caller;
        this.writes = writes;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOUSE_STAFF)
    @Operation(operationId = "reportGoalActivityStatus", summary = "Report an activity's status",
            description = "The activity must be in the house's goal catalogue for that year. Reporting the status "
                    + "the activity already has changes nothing (the note is then ignored).\n\nHouse rule: the "
                    + "path's `house` must be the token's (403 before the path or the body is judged).")
    @APIResponse(responseCode = "200", description = "The activity's status after the report",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityStatusResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, a malformed year (2000 to next year), or "
            + "unreadable JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such house, catalogue year or activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another writer appended first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("house") String house, @PathParam("year") String year,
                                         @PathParam("activityId") String activityId, ActivityStatusRequest body,
                                         @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        ActivityStatusRequest report = RequestHeaders.requireBody(body);
        ActivityOutcome outcome = activities.changeStatus(house, year, activityId, report.status(), report.note(),
                report.changedOn(), RequestHeaders.correlationId(correlationId), caller);
        writes.wrote(outcome.changed());
        return Response.ok(new ActivityStatusResponse(outcome.house(), outcome.year(), outcome.activityId(),
                        outcome.status(), outcome.version()))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format())
                .build();
    }
}
