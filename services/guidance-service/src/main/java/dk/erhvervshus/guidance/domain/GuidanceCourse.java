package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One guidance course (forløb), rebuilt from its events. {@link #decide} checks a command against
 * the current state and answers with the events it causes (possibly none); {@link #evolve} only
 * assigns, so replaying history never re-runs a rule that may since have changed.
 *
 * <p>Re-sending what is already recorded is idempotent (no events): the same start, the same
 * completion date, a second retraction, an update that changes nothing. A command that contradicts
 * the record is a {@link ConflictException}: a different course under an existing id, a second
 * completion with another date, updating or completing a retracted course. Dates that contradict
 * each other (completion before start) are field errors of the command.
 */
public final class GuidanceCourse {

    private final String courseId;
    private long version;
    private CourseDetails registered;
    private CourseDetails details;
    private LocalDate completedOn;
    private boolean retracted;
    private String retractionReason;

    private GuidanceCourse(String courseId) {
        this.courseId = courseId;
    }

    public static GuidanceCourse rebuild(String courseId, List<GuidanceEvent> history) {
        GuidanceCourse course = new GuidanceCourse(courseId);
        history.forEach(course::evolve);
        return course;
    }

    public List<GuidanceEvent> decide(CourseCommand command) {
        if (!courseId.equals(command.courseId())) {
            throw new IllegalArgumentException("command for " + command.courseId() + " sent to course " + courseId);
        }
        return command.accept(new Decisions());
    }

    public void evolve(GuidanceEvent event) {
        event.accept(new Assignments());
        version++;
    }

    public String courseId() {
        return courseId;
    }

    /** Number of events applied; 0 while the course does not exist. */
    public long version() {
        return version;
    }

    public boolean exists() {
        return registered != null;
    }

    public CourseDetails details() {
        return details;
    }

    /** The facts as first registered; a re-sent registration is compared with these. */
    public CourseDetails registered() {
        return registered;
    }

    public CourseStatus status() {
        if (retracted) {
            return CourseStatus.RETRACTED;
        }
        return completedOn != null ? CourseStatus.COMPLETED : CourseStatus.STARTED;
    }

    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    public Optional<String> retractionReason() {
        return Optional.ofNullable(retractionReason);
    }

    private void requireExisting() {
        if (!exists()) {
            throw new NotFoundException("guidance course " + courseId + " does not exist");
        }
    }

    private void requireNotRetracted(String attempted) {
        if (retracted) {
            throw new ConflictException("guidance course " + courseId + " is retracted and cannot be " + attempted);
        }
    }

    private final class Decisions implements CourseCommand.Handler<List<GuidanceEvent>> {

        @Override
        public List<GuidanceEvent> start(StartCourse command) {
            if (!exists()) {
                return List.of(command.details().startedEvent(courseId));
            }
            if (registered.equals(command.details())) {
                return List.of();
            }
            throw new ConflictException("guidance course " + courseId
                    + " is already registered with different content; use a new courseId or send an update");
        }

        @Override
        public List<GuidanceEvent> update(UpdateCourse command) {
            requireExisting();
            requireNotRetracted("updated");
            Optional<GuidanceCourseUpdated> update = command.changes().against(courseId, details);
            update.map(GuidanceCourseUpdated::startedOn).ifPresent(this::requireStartNotAfterCompletion);
            return update.<List<GuidanceEvent>>map(List::of).orElse(List.of());
        }

        @Override
        public List<GuidanceEvent> complete(CompleteCourse command) {
            requireExisting();
            requireNotRetracted("completed");
            if (completedOn != null) {
                if (completedOn.equals(command.completedOn())) {
                    return List.of();
                }
                throw new ConflictException("guidance course " + courseId + " was already completed on " + completedOn);
            }
            if (command.completedOn().isBefore(details.startedOn())) {
                throw InvalidInputException.of("completedOn",
                        "must not be before the course started (" + details.startedOn() + ")");
            }
            return List.of(new GuidanceCourseCompleted(courseId, command.completedOn()));
        }

        @Override
        public List<GuidanceEvent> retract(RetractCourse command) {
            requireExisting();
            if (retracted) {
                return List.of();
            }
            return List.of(new GuidanceCourseRetracted(courseId, command.reason()));
        }

        private void requireStartNotAfterCompletion(LocalDate newStart) {
            if (completedOn != null && newStart.isAfter(completedOn)) {
                throw InvalidInputException.of("startedOn",
                        "must not be after the course was completed (" + completedOn + ")");
            }
        }
    }

    private final class Assignments implements GuidanceEvent.Visitor<Void> {

        @Override
        public Void started(GuidanceCourseStarted event) {
            registered = CourseDetails.of(event);
            details = registered;
            return null;
        }

        @Override
        public Void updated(GuidanceCourseUpdated event) {
            details = details.with(event);
            return null;
        }

        @Override
        public Void completed(GuidanceCourseCompleted event) {
            completedOn = event.completedOn();
            return null;
        }

        @Override
        public Void retracted(GuidanceCourseRetracted event) {
            retracted = true;
            retractionReason = event.reason();
            return null;
        }
    }
}
