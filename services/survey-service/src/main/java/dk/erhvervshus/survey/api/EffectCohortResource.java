package dk.erhvervshus.survey.api;

import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.survey.application.EffectCohortService;
import dk.erhvervshus.survey.application.WriteOutcome;
import dk.erhvervshus.survey.application.WriteStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/effect-cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Effect cohorts", description = "Treated and control companies of goal 6")
public class EffectCohortResource {

    private final EffectCohortService cohorts;
    private final Caller caller;
    private final WriteOutcomes writes;

    @Inject
    public EffectCohortResource(EffectCohortService cohorts, Caller caller, WriteOutcomes writes) {
        this.cohorts = cohorts;
        this.caller = caller;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "defineEffectCohort", summary = "Define or redefine an effect cohort",
            description = "201 for a cohortId new in its house. Sending it again with other companies redefines it: "
                    + "200, status redefined, a new version. The same companies (in any order) are 200, status "
                    + "unchanged, nothing stored. Another cohortYear or segment under a defined cohortId is 409. A "
                    + "cohortId is unique per house. House rule: the body's house (a token confined to another house "
                    + "gets 403 before the body is validated).")
    @APIResponse(responseCode = "201", description = "Defined",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.EffectCohort.class)))
    @APIResponse(responseCode = "200", description = "Redefined, or unchanged",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.EffectCohort.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named, list elements as treated[2]), or "
            + "JSON that is not a cohort",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another cohortYear or segment under a cohortId its house defined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(EffectCohortRequest body,
                           @Parameter(description = "Copied into the event's envelope; generated when absent")
                           @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        EffectCohortRequest cohort = RequestHeaders.requireBody(body, "a JSON object");
        HouseRule.requireNamed(caller, cohort.house());
        WriteOutcome outcome = cohorts.define(cohort.toForm(), RequestHeaders.provenance(correlationId, caller));
        writes.wrote(outcome.status().stored());
        return Response.status(outcome.status() == WriteStatus.ACCEPTED ? 201 : 200)
                .entity(RecordAnswer.EffectCohort.of(outcome))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }
}
