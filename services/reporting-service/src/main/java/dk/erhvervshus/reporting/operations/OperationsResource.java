package dk.erhvervshus.reporting.operations;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.reporting.projection.EventConsumer;
import dk.erhvervshus.reporting.projection.ParkKind;
import dk.erhvervshus.reporting.projection.ParkedEventStore;
import dk.erhvervshus.reporting.projection.RecordId;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import dk.erhvervshus.validation.Validation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The projection's operations (role {@code admin}, a national role: parked records belong to no
 * single house's caller). Replays and discards are executed by the consumer's own thread between two
 * polls, so the read models keep one writer; the answer comes when it has been done and committed.
 */
@Path("/api/v1/operations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "The projection's parked events and consumer, for operators (role admin)")
public class OperationsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int MAX_REASON = 500;
    private static final Set<String> STATUSES = Set.of("PARKED", "REPLAYED", "DISCARDED");
    private static final String WHAT = "the projection's operations";
    private static final String NATIONAL_ONLY = "Role admin without a house claim (a token confined to a house is 403).";
    private static final String ID = "the parked record's id, topic:partition:offset (e.g. guidance-events:3:1207)";

    private final ParkedEventStore parked;
    private final EventConsumer consumer;
    private final Caller caller;

    public OperationsResource(ParkedEventStore parked, EventConsumer consumer, Caller caller) {
        this.parked = parked;
        this.consumer = consumer;
        this.caller = caller;
    }

    @GET
    @Path("parked-events")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listParkedEvents", summary = "Parked records with their reason, oldest first",
            description = NATIONAL_ONLY)
    @APIResponse(responseCode = "200", description = "the parked records the filters select",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkedEventsResponse.class)))
    @APIResponse(responseCode = "400", description = "an unknown status, topic or reason, or a limit outside 1 to 1000; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ParkedEventsResponse> list(
            @QueryParam("status") @Parameter(description = "PARKED (default), REPLAYED, DISCARDED or ANY") String status,
            @QueryParam("topic") @Parameter(description = "guidance-events or survey-events") String topic,
            @QueryParam("stream") @Parameter(description = "one stream (aggregate id)") String stream,
            @QueryParam("reason") @Parameter(description = "malformed, rejected or waiting") String reason,
            @QueryParam("limit") @Parameter(description = "at most this many (1 to 1000, default 100)") String limit) {
        caller.requireAllHouses(WHAT);
        ParkedEventStore.Filter filter = filter(status, topic, stream, reason, limit);
        return parked.list(filter).map(listed -> new ParkedEventsResponse(
                listed.stream().map(ParkedEventEntry::of).toList(), listed.size(), filter.limit()));
    }

    @POST
    @Path("parked-events/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayParkedEvent",
            summary = "Replay one parked record, then the records of its stream waiting behind it, in version order",
            description = NATIONAL_ONLY + " The stored bytes are decoded and applied with the code running now.")
    @APIResponse(responseCode = "200", description = "what the replay applied and what it parked again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResponse.class)))
    @APIResponse(responseCode = "400", description = "an id not of the form topic:partition:offset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no parked record of that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the record is no longer parked (replayed or discarded), or this "
            + "instance's consumer does not run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReplayResponse> replayOne(@PathParam("id") @Parameter(description = ID) String id) {
        caller.requireAllHouses(WHAT);
        RecordId recordId = recordId(id);
        return Uni.createFrom().completionStage(() -> consumer.submit(ops -> ops.replay(recordId)))
                .map(ReplayResponse::of);
    }

    @POST
    @Path("parked-events/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayParkedEvents",
            summary = "Replay a stream's parked records, or every parked record (one batch per call)",
            description = NATIONAL_ONLY + " Call again while `remaining` is above 0.")
    @APIResponse(responseCode = "200", description = "what the replay applied and what it parked again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResponse.class)))
    @APIResponse(responseCode = "400", description = "neither or both of stream and all; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "this instance's consumer does not run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReplayResponse> replayMany(ReplayRequest request) {
        caller.requireAllHouses(WHAT);
        boolean all = request != null && Boolean.TRUE.equals(request.all());
        String stream = request == null ? null : request.stream();
        if (all == (stream != null)) {
            throw InvalidInputException.of(stream == null ? "stream" : "all",
                    "give either a stream or \"all\": true, not " + (all ? "both" : "neither"));
        }
        if (!all && stream.isBlank()) {
            throw InvalidInputException.of("stream", "must not be blank");
        }
        return Uni.createFrom().completionStage(() -> consumer.submit(ops -> all ? ops.replayAll() : ops.replayStream(stream)))
                .map(ReplayResponse::of);
    }

    @POST
    @Path("parked-events/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "discardParkedEvent", summary = "Give a parked record up, keeping the reason",
            description = NATIONAL_ONLY + " If it was its stream's next version, the stream moves past it, so the "
                    + "records waiting behind it can be replayed.")
    @APIResponse(responseCode = "200", description = "the record, now DISCARDED with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParkedEventEntry.class)))
    @APIResponse(responseCode = "400", description = "a malformed id, or a missing, blank or over-long reason; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no parked record of that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the record is no longer parked, or this instance's consumer does not run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ParkedEventEntry> discard(@PathParam("id") @Parameter(description = ID) String id, DiscardRequest request) {
        caller.requireAllHouses(WHAT);
        RecordId recordId = recordId(id);
        String reason = request == null ? null : request.reason();
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "is required: why the record is given up");
        }
        if (reason.length() > MAX_REASON || reason.indexOf('\u0000') >= 0) {
            throw InvalidInputException.of("reason", "at most " + MAX_REASON + " characters, without NUL");
        }
        return Uni.createFrom().completionStage(() -> consumer.submit(ops -> {
                    ops.discard(recordId, reason.strip());
                    return recordId;
                }))
                .flatMap(parked::show)
                .map(shown -> ParkedEventEntry.of(shown.orElseThrow()));
    }

    @POST
    @Path("projection-consumer/restart")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "restartProjectionConsumer",
            summary = "Stop the projection consumer after its batch and start it again from the stored positions",
            description = NATIONAL_ONLY + " After an operator dealt with a stored position out of range (README).")
    @APIResponse(responseCode = "200", description = "the consumer's state now (STARTING until its first poll)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsumerStateResponse.class)))
    @APIResponse(responseCode = "409", description = "this instance does not project (reporting.consumer.enabled=false)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsumerStateResponse restart() {
        caller.requireAllHouses(WHAT);
        return new ConsumerStateResponse(consumer.restart().name());
    }

    private static RecordId recordId(String id) {
        RecordId recordId = RecordId.parse(id)
                .orElseThrow(() -> InvalidInputException.of("id", "'" + Validation.echo(id)
                        + "' is not topic:partition:offset"));
        if (!EventConsumer.TOPICS.contains(recordId.topic())) {
            throw new NotFoundException("id", "no parked event " + Validation.echo(id));
        }
        return recordId;
    }

    private static ParkedEventStore.Filter filter(String status, String topic, String stream, String reason, String limit) {
        List<FieldError> errors = new ArrayList<>();
        String statusFilter = "PARKED";
        if (status != null) {
            String upper = status.toUpperCase(Locale.ROOT);
            if (upper.equals("ANY")) {
                statusFilter = null;
            } else if (STATUSES.contains(upper)) {
                statusFilter = upper;
            } else {
                errors.add(new FieldError("status", "one of PARKED, REPLAYED, DISCARDED, ANY"));
            }
        }
        if (topic != null && !EventConsumer.TOPICS.contains(topic)) {
            errors.add(new FieldError("topic", "one of " + String.join(", ", EventConsumer.TOPICS)));
        }
        ParkKind kind = null;
        if (reason != null) {
            try {
                kind = ParkKind.valueOf(reason.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("reason", "one of malformed, rejected, waiting"));
            }
        }
        int max = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_LIMIT) {
                errors.add(new FieldError("limit", "a whole number from 1 to " + MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ParkedEventStore.Filter(statusFilter, topic, stream, kind, max);
    }
}
