package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.eventstore.writes.WriteOutcomes;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemField;
import dk.erhvervshus.problems.ProblemTranslator;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.survey.application.ImportOutcome;
import dk.erhvervshus.survey.application.Provenance;
import dk.erhvervshus.survey.application.ResponseItemOutcome;
import dk.erhvervshus.survey.application.SurveyResponseService;
import dk.erhvervshus.survey.domain.SurveyResponseForm;
import dk.erhvervshus.survey.importing.Admission;
import dk.erhvervshus.survey.importing.ImportSummary;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.TextRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Path("/api/v1/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey responses", description = "Answers to Erhvervsstyrelsen's user evaluation (brugerevaluering)")
public class SurveyResponseResource {

    static final String CSV = "text/csv";
    private static final Set<String> UPLOAD_TYPES = Set.of(CSV, MediaType.APPLICATION_OCTET_STREAM);
    private static final String CSV_FORMAT = "Erhvervsstyrelsen's export: ';'-separated, a header row naming the "
            + "twelve columns responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral (any order, any "
            + "case; other columns are ignored), then one response per row. Answers as the Danish labels "
            + "(Vækst/Drift, Meget tilfreds … Ved ikke, I høj grad … Slet ikke, Ja/Nej/Ved ikke) or the API's codes; "
            + "an empty cell is an unanswered question. Dates 2023-05-02, 02-05-2023 or 02.05.2023. Fields may be "
            + "quoted with \"; a ';' or line break inside quotes belongs to the field. UTF-8 (with or without BOM) or "
            + "Windows-1252, detected from the bytes (a charset parameter is ignored); a UTF-16 or UTF-32 file (with "
            + "or without BOM) is refused with 415 and nothing is stored. A line may be at most "
            + "10,000 characters; a longer line is rejected as a row, the others are read. The body is streamed: "
            + "the file's size is limited only by quarkus.http.limits.max-body-size.";
    private static final String CSV_EXAMPLE = """
            responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral
            ES-2023-000001;nordjylland;13585628;2023;Vækst;14-02-2023;Meget tilfreds;10;I høj grad;Ja;Ja;Ja
            ES-2023-000007;nordjylland;46281942;2023;Vækst;26-04-2023;Ved ikke;;Ved ikke;Ja;Nej;
            """;

    private final SurveyResponseService responses;
    private final ObjectMapper mapper;
    private final ProblemTranslator problems;
    private final Caller caller;
    private final KnownHouses houses;
    private final int maxBatchItems;
    private final WriteOutcomes writes;

    @Inject
    public SurveyResponseResource(SurveyResponseService responses, ObjectMapper mapper, ProblemTranslator problems,
                                  Caller caller, Houses houses, WriteOutcomes writes,
                                  @ConfigProperty(name = "survey.batch.max-items", defaultValue = "1000") int maxBatchItems) {
        this.responses = responses;
        this.mapper = mapper;
        this.problems = problems;
        this.caller = caller;
        this.houses = new KnownHouses(houses);
        this.maxBatchItems = maxBatchItems;
        this.writes = writes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "recordSurveyResponses", summary = "Record one survey response, or a batch",
            description = "One JSON object: 201 when recorded, 200 with status duplicate when its house recorded its "
                    + "responseId before (nothing stored, whatever the content: the first answer stands), 400 naming "
                    + "each bad field. A JSON array (at most survey.batch.max-items items): 200 with one result per "
                    + "item in order; valid items are stored even when others are rejected. A responseId is unique "
                    + "per house: another house's response of the same id is a new one. Answers are sent after the "
                    + "commit. House rule: the body's house; in a batch each item's, so an item of a house the token "
                    + "is not confined to is rejected with the 403 problem and the others go on.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {SurveyResponseRequest.class, SurveyResponseRequest[].class})))
    @APIResponse(responseCode = "201", description = "One response, recorded",
            headers = {@Header(name = "Location", description = "where the stored response can be read "
                    + "(with its house as the query parameter house)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SurveyResponseAnswer.class)))
    @APIResponse(responseCode = "200", description = "A batch's results (each accepted or duplicate item with its "
            + "own consistencyToken; no header), or status duplicate for one response (with the header)",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = "Only for one response. "
                    + RequestHeaders.CONSISTENCY_TOKEN_MEANING, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(oneOf = {SurveyResponseBatchAnswer.class, SurveyResponseAnswer.class})))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named), unreadable JSON, a too large batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than survey.json.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(JsonNode body,
                           @Parameter(description = "Copied into the events' envelopes; generated when absent")
                           @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId,
                           @Context UriInfo uriInfo) throws JsonProcessingException {
        JsonNode json = RequestHeaders.requireBody(body, "a JSON object (one response) or array (a batch)");
        if (json.isArray()) {
            return Response.ok(recordBatch(json, correlationId)).build();
        }
        if (!json.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object (one response) or array (a batch)");
        }
        JsonNode house = json.path("house");
        if (house.isTextual()) {
            HouseRule.requireNamed(caller, house.asText());
        }
        SurveyResponseForm form = mapper.treeToValue(json, SurveyResponseRequest.class).toForm();
        ResponseItemOutcome outcome = responses.record(form, RequestHeaders.provenance(correlationId, caller));
        String responseId = form.responseId().strip();
        writes.wrote(outcome.admission() == Admission.ACCEPTED);
        if (outcome.admission() == Admission.DUPLICATE) {
            return Response.ok(new SurveyResponseAnswer(responseId, "duplicate"))
                    .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
        }
        URI location = uriInfo.getBaseUriBuilder().path(SurveyResponseResource.class).path(responseId)
                .queryParam("house", form.house().strip()).build();
        return Response.created(location).entity(new SurveyResponseAnswer(responseId, "accepted"))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }

    /**
     * Items that do not bind, and items of a house the caller may not act for, are rejected before
     * validation; the others are validated and stored together.
     */
    private SurveyResponseBatchAnswer recordBatch(JsonNode array, String correlationId) {
        List<JsonBatch.Item<SurveyResponseRequest>> items = JsonBatch.read(array, maxBatchItems,
                SurveyResponseRequest.class, mapper, problems);
        List<Problem> refusals = new ArrayList<>(items.size());
        List<SurveyResponseForm> readable = new ArrayList<>();
        for (JsonBatch.Item<SurveyResponseRequest> item : items) {
            Problem refusal = item.problem() != null ? item.problem()
                    : HouseRule.refusal(caller, item.request().house()).map(problems::of).orElse(null);
            refusals.add(refusal);
            if (refusal == null) {
                readable.add(item.request().toForm());
            }
        }
        List<ResponseItemOutcome> outcomes = responses.recordEach(readable,
                RequestHeaders.provenance(correlationId, caller));
        List<SurveyResponseBatchAnswer.Result> results = new ArrayList<>(items.size());
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            String sentId = sentResponseId(array.get(i));
            if (refusals.get(i) != null) {
                writes.rejected(refusals.get(i).status());
                results.add(new SurveyResponseBatchAnswer.Result(i + 1, sentId, "rejected", null, refusals.get(i)));
                continue;
            }
            ResponseItemOutcome outcome = outcomes.get(next++);
            if (outcome.refusal() != null) {
                Problem refusal = problems.of(outcome.refusal());
                writes.rejected(refusal.status());
                results.add(new SurveyResponseBatchAnswer.Result(i + 1, sentId, "rejected", null, refusal));
                continue;
            }
            writes.wrote(outcome.admission() == Admission.ACCEPTED);
            results.add(new SurveyResponseBatchAnswer.Result(i + 1, outcome.responseId(),
                    outcome.admission() == Admission.ACCEPTED ? "accepted" : "duplicate", outcome.token().format(), null));
        }
        return SurveyResponseBatchAnswer.of(results);
    }

    private static String sentResponseId(JsonNode item) {
        JsonNode id = item.path("responseId");
        return id.isTextual() && TextRules.isAcceptable(id.asText()) ? id.asText() : null;
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.SURVEY_FEED)
    @Operation(operationId = "importSurveyResponses", summary = "Import the user evaluation's CSV export",
            description = CSV_FORMAT + " Valid rows are stored in chunks, each chunk in one transaction; the answer "
                    + "comes after the last commit. Rows whose responseId their house recorded before (in an earlier "
                    + "file, by JSON, or earlier in this file) are duplicates: importing a file twice stores nothing "
                    + "the second time. The whole import is one write: one consistency token (summary.consistencyToken "
                    + "and the header) covers every row it stored. Content-Type text/csv or application/octet-stream. House rule: each row's "
                    + "house, so a row of a house the token is not confined to is rejected (column house, the reason "
                    + "names the house) and the other rows are imported.")
    @RequestBody(required = true, description = CSV_FORMAT, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "export", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "What became of each row; summary.consistencyToken (and the "
            + "header) is the one token of the whole import",
            headers = @Header(name = RequestHeaders.CONSISTENCY_TOKEN, description = RequestHeaders.CONSISTENCY_TOKEN_MEANING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportAnswer.class)))
    @APIResponse(responseCode = "400", description = "No row could be read: the file is empty, or its header "
            + "lacks columns (each named as a field) or names one twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File larger than quarkus.http.limits.max-body-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as text/csv or application/octet-stream, or "
            + "the file is UTF-16/UTF-32 (encoding not supported: send UTF-8 or Windows-1252)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importCsv(InputStream body,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @Parameter(description = "Copied into the events' envelopes; generated when absent")
                              @HeaderParam(RequestHeaders.CORRELATION_ID) String correlationId) {
        // No @Consumes: the shared 415 answer tells the client to send JSON, which is wrong here.
        requireUploadType(contentType);
        Provenance provenance = RequestHeaders.provenance(correlationId, caller);
        ImportOutcome outcome;
        try {
            outcome = responses.importCsv(body, HouseRule.perRow(caller), provenance);
        } catch (IOException unreadable) {
            throw new UploadInterruptedException(unreadable);
        }
        if (!outcome.summary().fileReadable()) {
            return Problems.response(unreadableFile(outcome.summary()));
        }
        writes.accepted(outcome.summary().accepted());
        writes.duplicate(outcome.summary().duplicates());
        // A row is refused for its content (400-class) whichever column it names, the house included.
        writes.rejected(400, outcome.summary().rejected());
        return Response.ok(ImportAnswer.of(outcome))
                .header(RequestHeaders.CONSISTENCY_TOKEN, outcome.token().format()).build();
    }

    /** A missing type is taken as octet-stream (RFC 9110, 8.3); the bytes decide the encoding anyway. */
    private static void requireUploadType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            if (UPLOAD_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
                return;
            }
        } catch (IllegalArgumentException unparseable) {
            // answered below like any other wrong type
        }
        throw new UnsupportedUploadException(contentType);
    }

    /**
     * Each missing column is named as a field of its own, so a client can list them; every problem
     * of the file (empty, columns lacking or named twice) is there in words under {@code file}.
     */
    private static Problem unreadableFile(ImportSummary summary) {
        List<ProblemField> errors = new ArrayList<>();
        summary.missingColumns().forEach(column -> errors.add(new ProblemField(column, "is missing from the header row")));
        summary.fileProblems().forEach(problem -> errors.add(new ProblemField("file", problem)));
        return ProblemType.VALIDATION_FAILED.problem(String.join("; ", summary.fileProblems()), errors);
    }

    @GET
    @Path("{responseId}")
    @RolesAllowed({Roles.SURVEY_FEED, Roles.HOUSE_STAFF})
    @Operation(operationId = "getSurveyResponse", summary = "A stored survey response",
            description = "For support: what was recorded, when, and by whom. A responseId is unique per house, so "
                    + "the response is looked up in one house: the query parameter house, else the house of the "
                    + "token's house claim (neither: 400 naming house). House rule: that house (a token confined to "
                    + "another house gets 403).")
    @APIResponse(responseCode = "200", description = "The stored response",
            content = @Content(schema = @Schema(implementation = SurveyResponseView.class)))
    @APIResponse(responseCode = "400", description = "No house: neither the query parameter nor a house claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The house has no response of this id, or the house is unknown "
            + "(then the problem names the field house)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SurveyResponseView get(@PathParam("responseId") String responseId,
                                  @Parameter(description = "the house that recorded the response; absent: the house "
                                          + "of the token's house claim", example = "nordjylland")
                                  @QueryParam("house") String house) {
        String lookedUpIn = HouseRule.namedOrOwn(caller, house);
        if (lookedUpIn == null) {
            throw InvalidInputException.of("house", "is required: the house that recorded the response (or use a "
                    + "token confined to one house)");
        }
        caller.requireHouse(lookedUpIn);
        return SurveyResponseView.of(responses.find(houses.inPath("house", lookedUpIn).id(), responseId));
    }
}
