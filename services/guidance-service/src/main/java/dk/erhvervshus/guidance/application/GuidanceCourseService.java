package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.IdempotencyKeys;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.guidance.domain.CompleteCourse;
import dk.erhvervshus.guidance.domain.CourseCommandValidator;
import dk.erhvervshus.guidance.domain.CourseForm;
import dk.erhvervshus.guidance.domain.GuidanceCourse;
import dk.erhvervshus.guidance.domain.RetractCourse;
import dk.erhvervshus.guidance.domain.StartCourse;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The REST use cases of guidance courses. Input is validated before a transaction starts, so a bad
 * request never touches the database; every write method returns only after its commit.
 */
@ApplicationScoped
public class GuidanceCourseService {

    /** A course's registration is always the first event of its stream. */
    private static final long REGISTRATION_VERSION = 1;

    private final Transactions transactions;
    private final CourseCommandHandler handler;
    private final CourseCommandValidator validator;
    private final IdempotencyKeys idempotencyKeys;
    private final EventStore eventStore;
    private final Clock clock;

    @Inject
    public GuidanceCourseService(Transactions transactions, CourseCommandHandler handler,
                                 CourseCommandValidator validator, IdempotencyKeys idempotencyKeys,
                                 EventStore eventStore, Clock clock) {
        this.transactions = transactions;
        this.handler = handler;
        this.validator = validator;
        this.idempotencyKeys = idempotencyKeys;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /**
     * Registers a course, or answers the original result when it is a repeat: same courseId with
     * the same content, or an Idempotency-Key this client of this house used before for the same
     * request. The same courseId with other content (also another house's course: course ids are
     * global), or a key reused for another request, is a conflict.
     */
    public RegistrationResult register(CourseForm form, String idempotencyKey, String correlationId, Caller caller) {
        // The body's house is the rule, before any field is judged: another house's body is a 403
        // whatever else is wrong with it. Without a house it is the validator's 400.
        if (form.house() != null && !form.house().isBlank()) {
            caller.requireHouse(form.house());
        }
        String courseId = form.courseId() != null ? form.courseId() : UUID.randomUUID().toString();
        StartCourse command = validator.toStart(withCourseId(form, courseId));
        IdempotencyKeys.Scope scope = new IdempotencyKeys.Scope(command.details().house(), caller.subject());
        String fingerprint = idempotencyKey == null ? null : RequestFingerprint.of(form);
        CommandContext context = CommandContext.ofRequest(correlationId, caller.subject());
        return transactions.inTransaction(connection -> {
            if (idempotencyKey != null
                    && !idempotencyKeys.claim(connection, scope, idempotencyKey, fingerprint, courseId, clock.instant())) {
                IdempotencyKeys.Claim earlier = idempotencyKeys.find(connection, scope, idempotencyKey)
                        .orElseThrow(() -> new IllegalStateException("claimed key " + idempotencyKey + " vanished"));
                if (!earlier.fingerprint().equals(fingerprint)) {
                    throw new ConflictException("Idempotency-Key " + idempotencyKey
                            + " was already used for a different registration");
                }
                // The original registration's token: its event carries that writeId. A key claimed
                // before tokens existed has none; that registration is long applied.
                ConsistencyToken original = earlier.token() != null ? earlier.token() : ConsistencyToken.nothingWritten();
                return new RegistrationResult(earlier.aggregateId(), earlier.version(), true, original);
            }
            CommandOutcome outcome = handler.execute(connection, command, context);
            if (idempotencyKey != null) {
                idempotencyKeys.recordOutcome(connection, scope, idempotencyKey, REGISTRATION_VERSION, outcome.token());
            }
            return new RegistrationResult(courseId, REGISTRATION_VERSION, !outcome.changed(), outcome.token());
        });
    }

    /** Loads the course first: its house is the rule (404, then 403), and only then is the date judged. */
    public CommandOutcome complete(String courseId, String completedOn, String correlationId, Caller caller) {
        requireWellFormed(courseId);
        CommandContext context = CommandContext.ofRequest(correlationId, caller.subject());
        return transactions.inTransaction(connection -> {
            GuidanceCourse course = handler.loadOwn(connection, courseId, caller);
            CompleteCourse command = validator.toCompletion(courseId, completedOn);
            return handler.handle(connection, course, command, context);
        });
    }

    public CommandOutcome retract(String courseId, String reason, String correlationId, Caller caller) {
        requireWellFormed(courseId);
        CommandContext context = CommandContext.ofRequest(correlationId, caller.subject());
        return transactions.inTransaction(connection -> {
            GuidanceCourse course = handler.loadOwn(connection, courseId, caller);
            RetractCourse command = validator.toRetraction(courseId, reason);
            return handler.handle(connection, course, command, context);
        });
    }

    public GuidanceCourse find(String courseId, Caller caller) {
        requireWellFormed(courseId);
        return transactions.read(connection -> handler.loadOwn(connection, courseId, caller));
    }

    public List<EventEnvelope> history(String courseId, Caller caller) {
        requireWellFormed(courseId);
        List<EventEnvelope> events = transactions.read(connection -> eventStore.readStream(connection, courseId));
        if (events.isEmpty()) {
            throw new NotFoundException("guidance course " + courseId + " does not exist");
        }
        caller.requireHouseOfRecord(events.get(0).house(), "guidance course " + courseId);
        return events;
    }

    /** Ids outside the course id format (e.g. another aggregate's "activity:..." id) are simply unknown. */
    private static void requireWellFormed(String courseId) {
        if (!CourseCommandValidator.isWellFormedCourseId(courseId)) {
            throw new NotFoundException("guidance course " + courseId + " does not exist");
        }
    }

    private static CourseForm withCourseId(CourseForm form, String courseId) {
        return new CourseForm(courseId, form.house(), form.cvr(), form.companyName(), form.municipalityCode(),
                form.category(), form.themes(), form.startedOn(), form.advisor(), form.sustainabilityWheelUsed(),
                form.enrolledInEvaluation(), form.origin());
    }
}
