package dk.erhvervshus.reporting.api;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.consistency.ConsistencyGate;
import dk.erhvervshus.reporting.goals.MunicipalityActivity;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.maintained.GoalChangeFeed;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.reporting.view.KnownAt;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Goal fulfilment of a house's contract year (the v1 contract, reporting-service). Path parameters arrive
 * as text so that a malformed year is a 400 naming the field rather than a bare 404.
 *
 * <p>Every operation checks the house rule first, on the path's house as the client typed it:
 * a token confined to another house learns nothing about this one, not even whether its year or
 * goal exists (403, not 400 or 404), and no read model is read for it.
 */
@Path("/api/v1/houses/{house}/years/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "goals", description = "Live goal fulfilment of a house's performance contract year, computed from "
        + "the read models of guidance-events and survey-events, as of any date")
public class GoalsResource {

    private static final String AS_OF = "The goals as they stood at the end of this day (YYYY-MM-DD), "
            + "judged by the business dates of the events; default: today, at most December 31st of the year.";
    private static final String HOUSE_RULE = "A token with a `house` claim reads only that house (another house "
            + "is 403, before anything else is checked); `national` reads every house.";
    private static final String BAD_YEAR_OR_AS_OF = "a malformed or implausible year (2000 to next year), asOf "
            + "(2000-01-01 to December 31st of next year), knownAt (an instant up to today) or Consistency-Token, every "
            + "bad field named";
    private static final String NO_HOUSE_OR_YEAR = "unknown house, or no goal catalogue for the year; "
            + "the field is named";
    private static final String KNOWN_AT = "The knowledge to read (an ISO-8601 instant, e.g. 2024-01-15T00:00:00Z): only "
            + "events recorded at or before it count, so late answers, retractions and corrections recorded after it are "
            + "not seen; default: everything known now. The answer echoes it.";
    private static final String TOKEN = "A Consistency-Token a write of guidance-service or survey-service answered: the "
            + "answer waits (at most reporting.consistency.max-wait, default 5 s) until that write is in these goals, "
            + "else 503 not-yet-applied with Retry-After.";
    private static final String UNAVAILABLE = "The read models cannot be reached (type storage-unavailable), this "
            + "instance is already computing as many goal answers from the facts as it takes (type overloaded, "
            + "reporting.reads.max-concurrent; an earlier asOf or a knownAt is computed), or the Consistency-Token's write "
            + "was not in the goals within the wait (type not-yet-applied). Send it again after the seconds of Retry-After";

    private final HouseYearResolver resolver;
    private final GoalSnapshots snapshots;
    private final GoalFactsQuery facts;
    private final Clock clock;
    private final Caller caller;
    private final ConsistencyGate consistency;
    private final Restatements restatements;
    private final GoalChangeFeed changes;
    private final Duration heartbeat;
    private final ReadBulkhead reads;
    private final RenderedGoalsAnswers answers;

    public GoalsResource(HouseYearResolver resolver, GoalSnapshots snapshots, GoalFactsQuery facts, Clock clock,
                         Caller caller, ConsistencyGate consistency, Restatements restatements,
                         GoalChangeFeed changes, ReadBulkhead reads, RenderedGoalsAnswers answers,
                         @ConfigProperty(name = "reporting.goal-stream.heartbeat", defaultValue = "PT15S") Duration heartbeat) {
        this.answers = answers;
        this.reads = reads;
        this.restatements = restatements;
        this.changes = changes;
        this.heartbeat = heartbeat;
        this.resolver = resolver;
        this.snapshots = snapshots;
        this.facts = facts;
        this.clock = clock;
        this.caller = caller;
        this.consistency = consistency;
    }

    @GET
    @Path("goals")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "listGoalFulfilment",
            summary = "Every goal of the year's catalogue with actual, target and status", description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "every goal of the catalogue, in contract order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalsResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> goals(@PathParam("house") String house, @PathParam("year") String year,
                               @QueryParam("asOf") @Parameter(description = AS_OF) String asOf,
                               @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt,
                               @HeaderParam(ConsistencyGate.HEADER) @Parameter(description = TOKEN) String token) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf, knownAt);
        ConsistencyToken write = ConsistencyGate.parse(token);
        if (write == null && request.knownAt() == null) {
            // The dashboards' steady read: its answer is held until the goals change.
            return answers.list(request, () -> snapshots.of(request, null));
        }
        return consistency.await(write, request.house().id(), request.period().year())
                .chain(derivedFrom -> snapshots.of(request, derivedFrom))
                .map(snapshot -> Response.ok(GoalResponses.list(request, clock.instant(), snapshot)).build());
    }

    @GET
    @Path("goals/{goalId}")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getGoalFulfilment", summary = "One goal with its breakdowns and activities",
            description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "the goal, with the breakdowns that fit it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GoalDetailResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown house, no goal catalogue for the year, or no such goal "
            + "in it; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GoalDetailResponse> goal(@PathParam("house") String house, @PathParam("year") String year,
                                        @PathParam("goalId") String goalId,
                                        @QueryParam("asOf") @Parameter(description = AS_OF) String asOf,
                                        @QueryParam("knownAt") @Parameter(description = KNOWN_AT) String knownAt,
                                        @HeaderParam(ConsistencyGate.HEADER) @Parameter(description = TOKEN) String token) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf, knownAt);
        GoalDefinition goal = request.catalogue().goal(goalId)
                .orElseThrow(() -> new NotFoundException("goalId", "the " + request.period().year() + " catalogue of '"
                        + request.house().id() + "' has no goal '" + Validation.echo(goalId) + "'"));
        ConsistencyToken write = ConsistencyGate.parse(token);
        return consistency.await(write, request.house().id(), request.period().year())
                .chain(derivedFrom -> snapshots.of(request, derivedFrom))
                .map(snapshot -> GoalResponses.detail(request, clock.instant(), snapshot, snapshot.goal(goal.id())));
    }

    @GET
    @Path("goals/restatements")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "listGoalRestatements",
            summary = "The goals whose value or status changed between two instants of knowledge, and why",
            description = HOUSE_RULE + " The goals as of asOf are computed as known at from and as known at to; every "
                    + "goal whose actual, numerator, denominator or status differs is listed with both, and with the "
                    + "events recorded after from and up to to that made a fact of a feed it reads, for this house "
                    + "and year.")
    @APIResponse(responseCode = "200", description = "the restated goals, in contract order (empty when none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestatementsResponse.class)))
    @APIResponse(responseCode = "400", description = "a malformed year or asOf, from or to missing or not an instant "
            + "up to today, or from not before to; every bad field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestatementsResponse> restatements(
            @PathParam("house") String house, @PathParam("year") String year,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf,
            @QueryParam("from") @Parameter(description = "the earlier knowledge (an instant, e.g. 2024-01-15T00:00:00Z)",
                    required = true) String from,
            @QueryParam("to") @Parameter(description = "the later knowledge (an instant after from)", required = true)
            String to) {
        caller.requireHouse(house);
        Validation v = new Validation(clock);
        Instant earlier = required(v, "from", from);
        Instant later = required(v, "to", to);
        if (earlier != null && later != null && !earlier.isBefore(later)) {
            v.reject("to", "must be after from (" + earlier + ")");
        }
        v.throwIfInvalid();
        HouseYear request = resolver.resolve(house, year, asOf);
        return restatements.between(request, earlier, later);
    }

    @GET
    @Path("goals/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "streamGoalChanges",
            summary = "Server-sent events: one event per goal whose value, status or breakdown changed",
            description = HOUSE_RULE + " Each event (`event: goal-changed`) carries the goal as the goals list shows it, "
                    + "judged when it changed, and an id; a comment line `: heartbeat` comes every "
                    + "reporting.goal-stream.heartbeat (default 15 s). Reconnect with `Last-Event-ID: <id>` to receive "
                    + "every change after it, then live ones, without a gap or a repeat. Changes made by any "
                    + "reporting-service instance reach the streams of all of them.")
    @APIResponse(responseCode = "200", description = "the stream of goal changes",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = GoalSummary.class)))
    @APIResponse(responseCode = "400", description = "a malformed year or Last-Event-ID, every bad field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@PathParam("house") String house, @PathParam("year") String year,
                                          @HeaderParam("Last-Event-ID") @Parameter(description = "the id of the last "
                                                  + "event received; the stream resumes after it") String lastEventId,
                                          @Context Sse sse) {
        caller.requireHouse(house);
        Validation v = new Validation(clock);
        Long after = lastEventId == null ? null : lastEventId(v, lastEventId);
        v.throwIfInvalid();
        HouseYear request = resolver.resolve(house, year, null);
        long from = after != null ? after : changes.newestSeq();
        Multi<OutboundSseEvent> events = changes.changesAfter(request.house().id(), request.period().year(), from)
                .map(change -> sse.newEventBuilder().id(Long.toString(change.seq())).name("goal-changed")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(change.goal().toString()).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    @GET
    @Path("municipalities")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getMunicipalitySpread",
            summary = "Per municipality: guided companies and courses against the funding key, courses by category and theme, referrals in and out", description = HOUSE_RULE)
    @APIResponse(responseCode = "200", description = "the house's municipalities with their guided companies, courses and referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MunicipalitiesResponse.class)))
    @APIResponse(responseCode = "400", description = BAD_YEAR_OR_AS_OF,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NO_HOUSE_OR_YEAR,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = UNAVAILABLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<MunicipalitiesResponse> municipalities(@PathParam("house") String house, @PathParam("year") String year,
                                                      @QueryParam("asOf") @Parameter(description = AS_OF) String asOf,
                                                      @QueryParam("knownAt") @Parameter(description = KNOWN_AT)
                                                      String knownAt,
                                                      @HeaderParam(ConsistencyGate.HEADER)
                                                      @Parameter(description = TOKEN) String token) {
        caller.requireHouse(house);
        HouseYear request = resolver.resolve(house, year, asOf, knownAt);
        Instant known = request.knownAt() == null ? KnownAt.LATEST : request.knownAt();
        return consistency.await(ConsistencyGate.parse(token), request.house().id(), request.period().year())
                .chain(() -> reads.read(() -> facts.factsFor(request.house(), request.catalogue(), request.period(), known)))
                .map(f -> GoalResponses.municipalities(request, clock.instant(),
                        MunicipalitySpread.of(request.house(), f.coursesStartedInYear()),
                        MunicipalityActivity.of(request.house(), request.period().asOf(), f.coursesStartedInYear(),
                                f.survey().referralsOfYear())));
    }

    private static Instant required(Validation v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.reject(field, "is required: an instant such as 2024-01-15T00:00:00Z");
            return null;
        }
        return v.optionalInstant(field, value);
    }

    private static Long lastEventId(Validation v, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        v.reject("Last-Event-ID", "'" + Validation.echo(value) + "' is not an event id of this stream (a number)");
        return null;
    }
}
