package dk.erhvervshus.guidance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.guidance.application.CrmEventIntake;
import dk.erhvervshus.guidance.application.CrmOutcome;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemTranslator;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.TextRules;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

@Path("/api/v1/crm/guidance-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM integration", description = "Change events pushed by the CRM")
public class CrmEventResource {

    private final CrmEventIntake intake;
    private final ObjectMapper mapper;
    private final ProblemTranslator problems;
    private final Caller caller;
    private final int maxBatchSize;
    private final WriteOutcomes writes;

    @Inject
    public CrmEventResource(CrmEventIntake intake, ObjectMapper mapper, ProblemTranslator problems, Caller caller,
                            WriteOutcomes writes,
                            @ConfigProperty(name = "guidance.crm.max-batch-size", defaultValue = "1000") int maxBatchSize) {
        this.intake = intake;
        this.mapper = mapper;
        this.problems = problems;
        this.caller = caller;
        this.maxBatchSize = maxBatchSize;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CRM_INTEGRATION)
    @Operation(operationId = "receiveCrmGuidanceEvents", summary = "Apply a batch of CRM change events",
            description = "Each event is applied in its own transaction and answered in request order: accepted, "
                    + "duplicate (its crmEventId was applied before in this house; nothing stored) or rejected with "
                    + "a problem. A rejected event is not remembered, so it can be corrected and sent again. A bad "
                    + "event never blocks the others. An event that could not be stored (503, the database away) "
                    + "holds back the later events of its course in the batch (503, not tried), so that sending "
                    + "them again keeps their order. COURSE_UPDATED records only the fields that really changed."
                    + " Each accepted or duplicate result carries its own consistencyToken (an item is a write of its "
                    + "own; the answer has no Consistency-Token header)."
                    + "\n\nHouse rule, per item: COURSE_STARTED needs `course.house` to be the token's, every other "
                    + "type a course of the token's house; an item of another house is rejected with a 403 problem "
                    + "and the batch goes on. crmEventIds are unique per house (the token's).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CrmEventBatchRequest.class)))
    @APIResponse(responseCode = "200", description = "One result per event, in request order",
            content = @Content(schema = @Schema(implementation = CrmBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The batch itself is unreadable (not the items)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CrmBatchResponse receive(JsonNode body, @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        // The batch belongs to the token's house as a whole (its crmEventIds are that house's).
        String house = caller.requireOwnHouse("CRM events");
        JsonNode events = RequestHeaders.requireBody(body).get("events");
        if (events == null || !events.isArray()) {
            throw InvalidInputException.of("events", "is required: an array of CRM change events");
        }
        if (events.size() > maxBatchSize) {
            throw InvalidInputException.of("events", "at most " + maxBatchSize + " events per batch");
        }
        String batchId = batchId(body.get("batchId"), correlationId);
        List<CrmEventResult> results = new ArrayList<>(events.size());
        Map<String, Problem> heldBack = new HashMap<>();
        for (JsonNode item : events) {
            String courseId = item.path("course").path("courseId").asText(null);
            Problem earlier = courseId == null ? null : heldBack.get(courseId);
            CrmEventResult result = earlier != null ? heldBack(item, courseId, earlier) : apply(item, batchId, house);
            if (courseId != null && result.problem() != null && result.problem().status() >= 500) {
                heldBack.putIfAbsent(courseId, result.problem());
            }
            results.add(result);
        }
        return new CrmBatchResponse(batchId, results);
    }

    /**
     * A change that could not be stored (the database away: 5xx) will be sent again; a later change of
     * the same course in the batch must not overtake it, so it is not tried either and gets the same
     * status. A rejected change (4xx) holds nothing back: it will be corrected, not re-sent as is.
     */
    private CrmEventResult heldBack(JsonNode item, String courseId, Problem earlier) {
        return rejected(crmEventIdOf(item), new Problem(earlier.type(), earlier.title(), earlier.status(),
                "Not tried: an earlier change of course " + courseId + " in this batch could not be stored; "
                        + "send both again, in order", null));
    }

    private CrmEventResult apply(JsonNode item, String batchId, String house) {
        String crmEventId = crmEventIdOf(item);
        if (!item.isObject()) {
            return rejected(null, problems.of(InvalidInputException.of("event", "must be a JSON object")));
        }
        try {
            CrmOutcome outcome = intake.apply(mapper.treeToValue(item, CrmEventRequest.class).toChange(), batchId, house,
                    caller);
            writes.wrote(!outcome.duplicate());
            return outcome.duplicate()
                    ? CrmEventResult.duplicate(outcome.crmEventId(), outcome.courseId(), outcome.version(), outcome.token())
                    : CrmEventResult.accepted(outcome.crmEventId(), outcome.courseId(), outcome.version(), outcome.token());
        } catch (JsonProcessingException | RuntimeException e) {
            return rejected(crmEventId, problems.of(e));
        }
    }

    /** The item's crmEventId to echo in its result, when it is a text fit to echo. */
    private static String crmEventIdOf(JsonNode item) {
        return item.path("crmEventId").isTextual() && TextRules.isAcceptable(item.get("crmEventId").asText())
                ? item.get("crmEventId").asText() : null;
    }

    private CrmEventResult rejected(String crmEventId, Problem problem) {
        writes.rejected(problem.status());
        return CrmEventResult.rejected(crmEventId, problem);
    }

    private static String batchId(JsonNode bodyBatchId, String header) {
        if (bodyBatchId != null && !bodyBatchId.isNull()) {
            if (!bodyBatchId.isTextual()) {
                throw InvalidInputException.of("batchId", "must be a text");
            }
            return RequestHeaders.bounded("batchId", bodyBatchId.asText());
        }
        return RequestHeaders.correlationId(header);
    }
}
