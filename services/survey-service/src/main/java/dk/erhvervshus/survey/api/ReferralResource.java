package dk.erhvervshus.survey.api;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.survey.application.ReferralService;
import dk.erhvervshus.survey.application.WriteOutcome;
import dk.erhvervshus.survey.application.WriteStatus;
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

    @Inject
    public ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a referral",
            description = "201 when recorded. The same referral again is 200 with status duplicate and stores "
                    + "nothing; another referral under a recorded referralId is 409.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "200", description = "The same referral was recorded before",
            content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another referral under this referralId, or the id belongs to another kind of record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response make(ReferralRequest body,
                         @Parameter(description = "Copied into the event's envelope; generated when absent")
                         @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        String correlation = RequestHeaders.correlationId(correlationId);
        WriteOutcome outcome = referrals.make(RequestHeaders.requireBody(body, "a JSON object").toForm(), correlation);
        return Response.status(outcome.status() == WriteStatus.ACCEPTED ? 201 : 200)
                .entity(RecordAnswer.Referral.of(outcome)).build();
    }

    @POST
    @Path("{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report whether a referral was used",
            description = "A later report replaces the earlier one (status accepted, a new version); the same report "
                    + "as the latest is status unchanged and stores nothing. Not before the referral was made (400).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecordAnswer.Referral.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordAnswer.Referral reportOutcome(@PathParam("referralId") String referralId, ReferralOutcomeRequest body,
                                               @Parameter(description = "Copied into the event's envelope; generated when absent")
                                               @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        String correlation = RequestHeaders.correlationId(correlationId);
        return RecordAnswer.Referral.of(referrals.reportOutcome(referralId,
                RequestHeaders.requireBody(body, "a JSON object").toForm(), correlation));
    }
}
