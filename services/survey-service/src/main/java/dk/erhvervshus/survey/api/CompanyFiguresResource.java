package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemTranslator;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.survey.application.CompanyFiguresService;
import dk.erhvervshus.survey.application.FiguresItemOutcome;
import dk.erhvervshus.survey.domain.CompanyFiguresForm;
import dk.erhvervshus.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/company-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Company figures", description = "Register data (revenue, full-time equivalents) for goal 6")
public class CompanyFiguresResource {

    private final CompanyFiguresService figures;
    private final ObjectMapper mapper;
    private final ProblemTranslator problems;
    private final Caller caller;
    private final int maxBatchItems;
    private final WriteOutcomes writes;

    @Inject
    public CompanyFiguresResource(CompanyFiguresService figures, ObjectMapper mapper, ProblemTranslator problems,
                                  Caller caller, WriteOutcomes writes,
                                  @ConfigProperty(name = "survey.batch.max-items", defaultValue = "1000") int maxBatchItems) {
        this.figures = figures;
        this.mapper = mapper;
        this.problems = problems;
        this.caller = caller;
        this.maxBatchItems = maxBatchItems;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "reportCompanyFigures", summary = "Report register figures",
            description = "An array (at most survey.batch.max-items items) of one company's figures for one year each. "
                    + "Judged item by item, one result per item in order: accepted (the first figures of that company "
                    + "and year, or a correction, stored as a new event), unchanged (equal in value to the latest "
                    + "report; nothing stored) or rejected (with a problem; the other items are still stored). The same "
                    + "company and year twice in one delivery rejects both. Answered after the commit. House rule: "
                    + "register figures belong to no house, so only a token without a house claim may report them (a "
                    + "token confined to a house gets 403). Their events' envelope house is national. Each item that is not rejected carries its own "
                    + "consistencyToken (the answer has no Consistency-Token header).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CompanyFiguresRequest.class)))
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(schema = @Schema(implementation = CompanyFiguresAnswer.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, or too many items",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompanyFiguresAnswer report(JsonNode body,
                                       @Parameter(description = "Copied into the events' envelopes; generated when absent")
                                       @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        caller.requireAllHouses("register figures");
        JsonNode array = RequestHeaders.requireBody(body, "a JSON array of {cvr, year, revenueDkk, fte}");
        if (!array.isArray()) {
            throw InvalidInputException.of("body", "must be a JSON array of {cvr, year, revenueDkk, fte}");
        }
        List<JsonBatch.Item<CompanyFiguresRequest>> items = JsonBatch.read(array, maxBatchItems,
                CompanyFiguresRequest.class, mapper, problems);
        List<CompanyFiguresForm> readable = new ArrayList<>();
        for (JsonBatch.Item<CompanyFiguresRequest> item : items) {
            if (item.request() != null) {
                readable.add(item.request().toForm());
            }
        }
        List<FiguresItemOutcome> outcomes = figures.report(readable, RequestHeaders.provenance(correlationId, caller));
        List<CompanyFiguresAnswer.Result> results = new ArrayList<>(items.size());
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonBatch.Item<CompanyFiguresRequest> item = items.get(i);
            if (item.request() == null) {
                writes.rejected(item.problem().status());
                results.add(new CompanyFiguresAnswer.Result(i + 1, null, null, "rejected", null, null, item.problem()));
                continue;
            }
            FiguresItemOutcome outcome = outcomes.get(next++);
            if (outcome.refusal() != null) {
                Problem refusal = problems.of(outcome.refusal());
                writes.rejected(refusal.status());
                results.add(new CompanyFiguresAnswer.Result(i + 1, null, null, "rejected", null, null, refusal));
                continue;
            }
            writes.wrote(outcome.write().status().stored());
            results.add(new CompanyFiguresAnswer.Result(i + 1, outcome.report().cvr(), outcome.report().year(),
                    outcome.write().status().json(), outcome.write().version(), outcome.write().token().format(), null));
        }
        return CompanyFiguresAnswer.of(results);
    }
}
