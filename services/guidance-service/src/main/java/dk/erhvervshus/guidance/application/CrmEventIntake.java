package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.guidance.domain.CourseCommand;
import dk.erhvervshus.guidance.domain.CourseCommandValidator;
import dk.erhvervshus.guidance.domain.CourseForm;
import dk.erhvervshus.guidance.domain.GuidanceCourse;
import dk.erhvervshus.guidance.domain.StartCourse;
import dk.erhvervshus.guidance.eventstore.CrmEventLog;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies CRM change events one at a time, each in its own transaction together with the record
 * of its crmEventId, so a bad or conflicting item never takes the others down and a re-sent item
 * is recognised as a duplicate. Failures are thrown as the same domain exceptions the REST
 * endpoints throw; the caller turns them into per-item problems. Each house has its own CRM, so a
 * crmEventId is unique per house: house B's {@code sf-1} is a new event even when house A applied
 * an {@code sf-1}.
 */
@ApplicationScoped
public class CrmEventIntake {

    public static final int MAX_CRM_EVENT_ID = 100;

    private final Transactions transactions;
    private final CourseCommandHandler handler;
    private final CourseCommandValidator validator;
    private final CrmEventLog crmEventLog;
    private final Clock clock;

    @Inject
    public CrmEventIntake(Transactions transactions, CourseCommandHandler handler, CourseCommandValidator validator,
                          CrmEventLog crmEventLog, Clock clock) {
        this.transactions = transactions;
        this.handler = handler;
        this.validator = validator;
        this.crmEventLog = crmEventLog;
        this.clock = clock;
    }

    /**
     * Applies one CRM event of the caller's house.
     *
     * @param house the house of the caller's token: crmEventIds are unique per house
     */
    public CrmOutcome apply(CrmChange change, String batchId, String house, Caller caller) {
        Header header = validateHeader(change);
        // A new course's house is in the item: the rule, before its fields are judged.
        if (header.type() == CrmChangeType.COURSE_STARTED && change.course().house() != null
                && !change.course().house().isBlank()) {
            caller.requireHouse(change.course().house());
        }
        // A re-sent event is answered from the log before its content is judged again: what was
        // accepted once stays accepted even if today's rules (or today's date) would differ.
        Optional<CrmEventLog.Entry> earlier = transactions.read(c -> crmEventLog.find(c, house, header.crmEventId()));
        if (earlier.isPresent()) {
            return duplicate(header.crmEventId(), earlier.get());
        }
        return withCoursePaths(() -> applyNew(header, change, batchId, house, caller));
    }

    private CrmOutcome applyNew(Header header, CrmChange change, String batchId, String house, Caller caller) {
        StartCourse start = header.type() == CrmChangeType.COURSE_STARTED ? validator.toStart(change.course()) : null;
        CommandContext context = CommandContext.ofCrmEvent(batchId, header.occurredAt(), caller.subject());
        return transactions.inTransaction(connection -> {
            // Every other change names an existing course, whose own house is the rule (404, then
            // 403), before the change is judged against it.
            GuidanceCourse course = start != null ? handler.load(connection, header.courseId())
                    : handler.loadOwn(connection, header.courseId(), caller);
            CourseCommand command = start != null ? start : toCommand(header.type(), change, course);
            if (!crmEventLog.claim(connection, house, header.crmEventId(), batchId, header.type().name(),
                    header.courseId(), clock.instant())) {
                // Another batch applied the same event while this one was validating it.
                return duplicate(header.crmEventId(),
                        crmEventLog.find(connection, house, header.crmEventId()).orElseThrow());
            }
            CommandOutcome outcome = handler.handle(connection, course, command, context);
            crmEventLog.recordOutcome(connection, house, header.crmEventId(), outcome.version(), outcome.token());
            return new CrmOutcome(header.crmEventId(), false, outcome.aggregateId(), outcome.version(),
                    outcome.token());
        });
    }

    /** An update is validated against the course it changes (its house decides which municipalities are valid). */
    private CourseCommand toCommand(CrmChangeType type, CrmChange change, GuidanceCourse course) {
        CourseForm form = change.course();
        return switch (type) {
            case COURSE_UPDATED -> validator.toUpdate(form, course.details());
            case COURSE_COMPLETED -> validator.toCompletion(form.courseId(), change.completedOn());
            case COURSE_RETRACTED -> validator.toRetraction(form.courseId(), change.reason());
            case COURSE_STARTED -> throw new IllegalArgumentException("a start is validated before its course is loaded");
        };
    }

    /**
     * The first application's token, so that waiting for the duplicate waits for the original events;
     * an event applied before tokens existed has none, and is long applied.
     */
    private static CrmOutcome duplicate(String crmEventId, CrmEventLog.Entry earlier) {
        return new CrmOutcome(crmEventId, true, earlier.courseId(), earlier.version(),
                earlier.token() != null ? earlier.token() : ConsistencyToken.nothingWritten());
    }

    private record Header(String crmEventId, CrmChangeType type, Instant occurredAt, String courseId) {
    }

    private Header validateHeader(CrmChange change) {
        Validation v = new Validation(clock);
        String crmEventId = v.requiredText("crmEventId", change.crmEventId(), MAX_CRM_EVENT_ID);
        CrmChangeType type = v.requiredCode("type", change.type(), CrmChangeType.class);
        Instant occurredAt = v.optionalInstant("occurredAt", change.occurredAt());
        String courseId = null;
        if (change.course() == null) {
            v.reject("course", "is required");
        } else if (change.course().courseId() == null) {
            v.reject("course.courseId", "is required");
        } else if (v.acceptableText("course.courseId", change.course().courseId())) {
            if (CourseCommandValidator.isWellFormedCourseId(change.course().courseId())) {
                courseId = change.course().courseId();
            } else {
                v.reject("course.courseId", "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
        }
        v.throwIfInvalid();
        return new Header(crmEventId, type, occurredAt, courseId);
    }

    /** Field errors of the course name their place in the CRM item, e.g. {@code course.cvr}. */
    private static <T> T withCoursePaths(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldError("course." + error.field(), error.message()))
                    .toList());
        }
    }
}
