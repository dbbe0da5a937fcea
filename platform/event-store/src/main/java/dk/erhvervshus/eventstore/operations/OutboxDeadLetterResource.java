package dk.erhvervshus.eventstore.operations;

import dk.erhvervshus.eventstore.DeadLetter;
import dk.erhvervshus.eventstore.Outbox;
import dk.erhvervshus.eventstore.OutboxStatus;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The outbox's dead letters, for operators: rows the broker could never take, each holding back the
 * rest of its stream. There is a retry and deliberately no discard: the event is stored (the event
 * store is append-only and is the truth), and consumers that never get version n of a stream would
 * wait for it, or skip to n+1 and disagree with the store, for ever. The remedy is to remove the
 * cause (raise the topic's {@code max.message.bytes} and the producer's {@code max.request.size}, fix
 * the topic) and retry; an event that is wrong is corrected by a new event of its stream, which is
 * published behind it.
 */
@Path("/api/v1/operations/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "For operators (role admin, a token without a house claim): the outbox's "
        + "dead letters, events the broker could never take")
public class OutboxDeadLetterResource {

    private static final Logger LOG = Logger.getLogger(OutboxDeadLetterResource.class);
    /** Dead letters are rare; an answer lists at most this many, oldest first, and counts them all. */
    static final int MAX_LISTED = 500;

    private final Transactions transactions;
    private final Outbox outbox;
    private final Caller caller;

    @Inject
    public OutboxDeadLetterResource(Transactions transactions, Outbox outbox, Caller caller) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listOutboxDeadLetters", summary = "List the outbox's dead letters",
            description = "Outbox rows the broker refused for good (too large for the topic or the producer, not "
                    + "serialisable, an invalid topic), oldest first (at most 500; `total` counts all), each with "
                    + "Kafka's reason and the number of later events of its stream that wait behind it. Other "
                    + "streams are published meanwhile.\n\nHouse rule: records of every house; only a token "
                    + "without a house claim.")
    @APIResponse(responseCode = "200", description = "The dead letters",
            content = @Content(schema = @Schema(implementation = DeadLetterList.class)))
    public DeadLetterList list() {
        caller.requireAllHouses("outbox dead letters");
        return transactions.read(connection -> {
            OutboxStatus status = outbox.status(connection);
            List<DeadLetter> listed = outbox.deadLetters(connection, MAX_LISTED);
            return new DeadLetterList(Math.max(status.deadLetters(), listed.size()),
                    listed.stream().map(DeadLetterView::of).toList());
        });
    }

    @POST
    @Path("{position}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retryOutboxDeadLetter", summary = "Publish a dead letter again",
            description = "After the cause is removed (e.g. the topic's max.message.bytes raised): hands the row "
                    + "back to the relay, which publishes it and then the events of its stream that waited behind "
                    + "it, in order. If the broker refuses it again, it is a dead letter again with the new reason. "
                    + "There is no discard: a stream's consumers would wait for the missing version for ever.\n\n"
                    + "House rule: records of every house; only a token without a house claim.")
    @APIResponse(responseCode = "202", description = "Queued for publication; the relay was woken",
            content = @Content(schema = @Schema(implementation = RetryAnswer.class)))
    @APIResponse(responseCode = "404", description = "No dead letter at this position (unknown, published, or "
            + "queued already)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@Parameter(description = "The dead letter's outbox position (its event's position)")
                          @PathParam("position") long position) {
        caller.requireAllHouses("outbox dead letters");
        boolean requeued = transactions.inTransaction(connection -> outbox.requeueDeadLetter(connection, position));
        if (!requeued) {
            throw new NotFoundException("position", "no dead-lettered outbox row at position " + position);
        }
        LOG.infof("dead-lettered outbox row %d queued for publication again by %s", position, caller.subject());
        return Response.accepted(new RetryAnswer(position, "queued")).build();
    }
}
