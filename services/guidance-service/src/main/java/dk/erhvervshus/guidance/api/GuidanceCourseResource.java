package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.guidance.application.CommandOutcome;
import dk.erhvervshus.guidance.application.GuidanceCourseService;
import dk.erhvervshus.guidance.application.RegistrationResult;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/guidance-courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance courses", description = "Register, complete and retract specialised guidance courses")
public class GuidanceCourseResource {

    private final GuidanceCourseService courses;
    private final Caller caller;
    private final WriteOutcomes writes;

    @Inject
    public GuidanceCourseResource(GuidanceCourseService courses, Caller caller, WriteOutcomes writes) {
        this.courses = courses;
        this.caller = caller;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CRM_INTEGRATION)
    @Operation(operationId = "registerGuidanceCourse", summary = "Register a guidance course",
            description = "Answers after the course is durably stored. Sending the same registration again (same "
                    + "courseId and content, or the same Idempotency-Key from the same client of the same house) "
                    + "stores nothing and answers the original 201 again, marked Idempotent-Replayed: true. The "
                    + "same courseId with other content, or a key reused for another registration, is 409. Course "
                    + "ids are global: an id another house uses is 409 too, and the answer tells nothing of that "
                    + "course.\n\nHouse rule: the body's `house` must be the token's (403 before any field is "
                    + "judged).")
    @APIResponse(responseCode = "201", description = "Registered (or the original answer to a repeat)",
            headers = {@Header(name = "Location", description = "the course's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = RequestHeaders.IDEMPOTENT_REPLAY, description = "true when this repeats an earlier answer",
                            schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CourseVersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named) or unreadable JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The courseId is taken by a course with other content, the "
            + "Idempotency-Key was used for another registration, or another writer appended first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            RegisterCourseRequest body,
            @Parameter(description = "Makes a retried registration safe even without a courseId; compared only "
                    + "with the keys of the same client (token subject) of the same house")
            @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @Parameter(description = "Copied into the events' envelopes; generated when absent")
            @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId,
            @Context UriInfo uriInfo) {
        RegistrationResult result = courses.register(RequestHeaders.requireBody(body).toForm(),
                RequestHeaders.idempotencyKey(idempotencyKey), RequestHeaders.correlationId(correlationId), caller);
        writes.wrote(!result.replayed());
        URI location = uriInfo.getBaseUriBuilder().path(GuidanceCourseResource.class).path(result.courseId()).build();
        return Response.created(location)
                .header(RequestHeaders.IDEMPOTENT_REPLAY, result.replayed())
                .header(RequestHeaders.CONSISTENCY_TOKEN, result.token().format())
                .entity(new CourseVersionResponse(result.courseId(), result.version()))
                .build();
    }

    @POST
    @Path("{courseId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CRM_INTEGRATION)
    @Operation(operationId = "completeGuidanceCourse", summary = "Complete a course",
            description = "Completing again with the same date changes nothing and answers 200; another date, or a "
                    + "retracted course, is 409; a date before the start is 400.\n\nHouse rule: the course's house "
                    + "must be the token's (403, judged before the body).")
    @APIResponse(responseCode = "200", description = "Completed (or already completed on that date)",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseVersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid completedOn (each problem named), a date before the "
            + "start, or unreadable JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No course with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Completed on another date, retracted, or another writer "
            + "appended first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("courseId") String courseId, CompletionRequest body,
                             @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        CommandOutcome outcome = courses.complete(courseId, RequestHeaders.requireBody(body).completedOn(),
                RequestHeaders.correlationId(correlationId), caller);
        writes.wrote(outcome.changed());
        return versionAnswer(outcome);
    }

    @POST
    @Path("{courseId}/retraction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CRM_INTEGRATION)
    @Operation(operationId = "retractGuidanceCourse", summary = "Retract a course",
            description = "The course stops counting in every goal. Retracting again changes nothing and answers 200."
                    + "\n\nHouse rule: the course's house must be the token's (403, judged before the body).")
    @APIResponse(responseCode = "200", description = "Retracted (or already retracted; the first reason stands)",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseVersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid reason, or unreadable JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No course with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another writer appended first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retract(@PathParam("courseId") String courseId, RetractionRequest body,
                            @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        CommandOutcome outcome = courses.retract(courseId, RequestHeaders.requireBody(body).reason(),
                RequestHeaders.correlationId(correlationId), caller);
        writes.wrote(outcome.changed());
        return versionAnswer(outcome);
    }

    private static Response versionAnswer(CommandOutcome outcome) {
        return Response.ok(new CourseVersionResponse(outcome.aggregateId(), outcome.version()))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format())
                .build();
    }

    @GET
    @Path("{courseId}")
    @RolesAllowed({Roles.CRM_INTEGRATION, Roles.HOUSE_STAFF})
    @Operation(operationId = "getGuidanceCourse", summary = "The course as it stands now",
            description = "House rule: the course's house must be the token's (403).")
    @APIResponse(responseCode = "200", description = "The course folded from its events",
            content = @Content(schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", description = "No course with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CourseResponse get(@PathParam("courseId") String courseId) {
        return CourseResponse.of(courses.find(courseId, caller));
    }

    @GET
    @Path("{courseId}/events")
    @RolesAllowed({Roles.CRM_INTEGRATION, Roles.HOUSE_STAFF})
    @Operation(operationId = "listGuidanceCourseEvents", summary = "The course's history",
            description = "Its event envelopes in version order, exactly as published on guidance-events; "
                    + "`recordedBy` names the token subject that recorded each event.\n\nHouse rule: the course's "
                    + "house must be the token's (403).")
    @APIResponse(responseCode = "200", description = "Envelopes (see contracts-api for each wire type's payload)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)))
    @APIResponse(responseCode = "404", description = "No course with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<JsonNode> history(@PathParam("courseId") String courseId) {
        return courses.history(courseId, caller).stream().<JsonNode>map(EventCodec::toTree).toList();
    }
}
