package dk.erhvervshus.survey.api;

import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.survey.application.ReferralService;
import dk.erhvervshus.survey.application.WriteOutcome;
import dk.erhvervshus.survey.application.WriteStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals (henvisninger) and whether they were used, goal 4")
public class ReferralResource {

    private final ReferralService referrals;
    private final Caller caller;
    private final WriteOutcomes writes;

    @Inject
    public ReferralResource(ReferralService referrals, Caller caller, WriteOutcomes writes) {
        this.referrals = referrals;
        this.caller = caller;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "recordReferral", summary = "Record a referral",
            description = "201 when recorded. The same referral again is 200 with status duplicate and stores "
                    + "nothing; another referral under a referralId its house recorded is 409. A referralId is "
                    + "unique per house. House rule: the body's house (a token confined to another house gets 403 "
                    + "before the body is validated).")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "200", description = "The same referral was recorded before",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named), or JSON that is not a referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another referral under this referralId in its house",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response make(ReferralRequest body,
                         @Parameter(description = "Copied into the event's envelope; generated when absent")
                         @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        ReferralRequest referral = RequestHeaders.requireBody(body, "a JSON object");
        HouseRule.requireNamed(caller, referral.house());
        WriteOutcome outcome = referrals.make(referral.toForm(), RequestHeaders.provenance(correlationId, caller));
        writes.wrote(outcome.status().stored());
        return Response.status(outcome.status() == WriteStatus.ACCEPTED ? 201 : 200)
                .entity(RecordAnswer.Referral.of(outcome))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }

    @POST
    @Path("{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "reportReferralOutcome", summary = "Report whether a referral was used",
            description = "A later report replaces the earlier one (status accepted, a new version); the same report "
                    + "as the latest is status unchanged and stores nothing. Not before the referral was made (400). "
                    + "Only the house that made a referral reports its outcome: the referral is looked up in the "
                    + "body's house, else in the house of the token's house claim (neither: 400 naming house); "
                    + "another house's referral of the same id is not found (404). House rule: that house (a token "
                    + "confined to another house gets 403 before the body is validated).")
    @APIResponse(responseCode = "200", description = "Reported (accepted), or the same as the latest (unchanged)",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named; the referralId of the path too), "
            + "no house, a report dated before the referral, or JSON that is not an outcome",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The house made no referral of this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportOutcome(@PathParam("referralId") String referralId, ReferralOutcomeRequest body,
                                  @Parameter(description = "Copied into the event's envelope; generated when absent")
                                  @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        ReferralOutcomeRequest report = RequestHeaders.requireBody(body, "a JSON object");
        String house = HouseRule.namedOrOwn(caller, report.house());
        HouseRule.requireNamed(caller, house);
        WriteOutcome outcome = referrals.reportOutcome(referralId, report.toForm(house),
                RequestHeaders.provenance(correlationId, caller));
        writes.wrote(outcome.status().stored());
        return Response.ok(RecordAnswer.Referral.of(outcome))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }
}
