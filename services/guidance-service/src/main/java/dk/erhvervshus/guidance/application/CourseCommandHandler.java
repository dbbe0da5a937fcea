package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.guidance.domain.CourseCommand;
import dk.erhvervshus.guidance.domain.GuidanceCourse;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Load → decide → append for guidance courses, inside the caller's transaction (so callers can add
 * their own idempotency records to the same commit). The version the course was loaded at is the
 * expected version of the append: a concurrent writer makes the append fail instead of interleaving.
 */
@ApplicationScoped
public class CourseCommandHandler {

    private final EventStore eventStore;

    @Inject
    public CourseCommandHandler(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public GuidanceCourse load(Connection connection, String courseId) throws SQLException {
        List<GuidanceEvent> history = new ArrayList<>();
        for (EventEnvelope envelope : eventStore.readStream(connection, courseId)) {
            DomainEvent payload = envelope.payload();
            if (!(payload instanceof GuidanceEvent event)) {
                throw new IllegalStateException("stream " + courseId + " holds a " + envelope.type() + ", not a course event");
            }
            history.add(event);
        }
        return GuidanceCourse.rebuild(courseId, history);
    }

    /**
     * A course the caller names by id: it must exist (404) and belong to a house the caller may act
     * for (403, without telling whose it is). Loaded first because the URL has no house: the
     * record's own house decides, before anything of the request is judged, and another house's
     * course is never shown.
     */
    public GuidanceCourse loadOwn(Connection connection, String courseId, Caller caller) throws SQLException {
        GuidanceCourse course = load(connection, courseId);
        if (!course.exists()) {
            throw new NotFoundException("guidance course " + courseId + " does not exist");
        }
        caller.requireHouseOfRecord(course.details().house(), "guidance course " + courseId);
        return course;
    }

    public CommandOutcome execute(Connection connection, CourseCommand command, CommandContext context)
            throws SQLException {
        return handle(connection, load(connection, command.courseId()), command, context);
    }

    /** Decides on an already loaded course; {@code course} is advanced past the new events. */
    public CommandOutcome handle(Connection connection, GuidanceCourse course, CourseCommand command,
                                 CommandContext context) throws SQLException {
        long expectedVersion = course.version();
        List<GuidanceEvent> events = course.decide(command);
        if (events.isEmpty()) {
            return new CommandOutcome(course.courseId(), expectedVersion, false, context.token(0));
        }
        events.forEach(course::evolve);
        eventStore.append(connection, course.courseId(), expectedVersion, events,
                context.metadataFor(course.details().house()));
        return new CommandOutcome(course.courseId(), course.version(), true, context.token(events.size()));
    }
}
