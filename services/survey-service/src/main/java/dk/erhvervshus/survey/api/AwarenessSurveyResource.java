package dk.erhvervshus.survey.api;

import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.survey.application.AwarenessSurveyService;
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

@Path("/api/v1/awareness-surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awareness surveys", description = "Results of the awareness survey (kendskabsmåling), goals 1 and 5")
public class AwarenessSurveyResource {

    private final AwarenessSurveyService surveys;
    private final Caller caller;
    private final WriteOutcomes writes;

    @Inject
    public AwarenessSurveyResource(AwarenessSurveyService surveys, Caller caller, WriteOutcomes writes) {
        this.surveys = surveys;
        this.caller = caller;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "recordAwarenessSurvey", summary = "Record an awareness survey's result",
            description = "201 when recorded. The same result again (same house, surveyId and figures; a missing "
                    + "conductedOn matches the recorded date) is 200 with status duplicate and stores nothing; other "
                    + "figures under a surveyId its house recorded are 409. A surveyId is unique per house. "
                    + "House rule: the body's house (a token confined to another house gets 403 before the body is "
                    + "validated).")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.AwarenessSurvey.class)))
    @APIResponse(responseCode = "200", description = "The same result was recorded before",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.AwarenessSurvey.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named), or JSON that is not a result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Other figures under this surveyId in its house",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(AwarenessSurveyRequest body,
                           @Parameter(description = "Copied into the event's envelope; generated when absent")
                           @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        AwarenessSurveyRequest survey = RequestHeaders.requireBody(body, "a JSON object");
        HouseRule.requireNamed(caller, survey.house());
        WriteOutcome outcome = surveys.record(survey.toForm(), RequestHeaders.provenance(correlationId, caller));
        writes.wrote(outcome.status().stored());
        return Response.status(outcome.status() == WriteStatus.ACCEPTED ? 201 : 200)
                .entity(RecordAnswer.AwarenessSurvey.of(outcome))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }
}
