package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Evolves a course row by one event. It implements the family's visitor, so an event added to
 * {@link GuidanceEvent} does not compile until it is handled here. Events only assign: an update
 * overwrites the fields it carries, a retraction marks the row (the goals then leave it out for
 * every date), and an event whose version the row already has is skipped. A start without a fact
 * the read model keys or counts by (house, CVR, municipality, category, start date) is refused.
 */
public final class CourseProjection {

    /**
     * @param current the course's row, or null when the read model has none yet
     * @return the new row, or {@code current} itself when the event was applied before
     */
    public CourseState apply(CourseState current, GuidanceEvent event, long version) {
        if (current != null && version <= current.lastVersion()) {
            return current;
        }
        return event.accept(new Evolve(current, version));
    }

    private static final class Evolve implements GuidanceEvent.Visitor<CourseState> {

        private final CourseState current;
        private final long version;

        Evolve(CourseState current, long version) {
            this.current = current;
            this.version = version;
        }

        @Override
        public CourseState started(GuidanceCourseStarted e) {
            String stream = "course " + e.courseId();
            return new CourseState(e.courseId(), required(e.house(), "house", stream), required(e.cvr(), "cvr", stream),
                    e.companyName(), required(e.municipalityCode(), "municipalityCode", stream),
                    required(e.category(), "category", stream), e.themes(), required(e.startedOn(), "startedOn", stream),
                    null, false, null,
                    e.sustainabilityWheelUsed(), e.enrolledInEvaluation(), e.origin(), version);
        }

        @Override
        public CourseState updated(GuidanceCourseUpdated e) {
            CourseState c = existing(e);
            return new CourseState(c.courseId(), c.house(), c.cvr(),
                    e.companyName() != null ? e.companyName() : c.companyName(),
                    e.municipalityCode() != null ? e.municipalityCode() : c.municipalityCode(),
                    e.category() != null ? e.category() : c.category(),
                    e.themes() != null ? e.themes() : c.themes(),
                    e.startedOn() != null ? e.startedOn() : c.startedOn(),
                    c.completedOn(), c.retracted(), c.retractionReason(),
                    e.sustainabilityWheelUsed() != null ? e.sustainabilityWheelUsed() : c.sustainabilityWheelUsed(),
                    e.enrolledInEvaluation() != null ? e.enrolledInEvaluation() : c.enrolledInEvaluation(),
                    e.origin() != null ? e.origin() : c.origin(),
                    version);
        }

        @Override
        public CourseState completed(GuidanceCourseCompleted e) {
            CourseState c = existing(e);
            return new CourseState(c.courseId(), c.house(), c.cvr(), c.companyName(), c.municipalityCode(),
                    c.category(), c.themes(), c.startedOn(), e.completedOn(), c.retracted(), c.retractionReason(),
                    c.sustainabilityWheelUsed(), c.enrolledInEvaluation(), c.origin(), version);
        }

        @Override
        public CourseState retracted(GuidanceCourseRetracted e) {
            CourseState c = existing(e);
            return new CourseState(c.courseId(), c.house(), c.cvr(), c.companyName(), c.municipalityCode(),
                    c.category(), c.themes(), c.startedOn(), c.completedOn(), true, e.reason(),
                    c.sustainabilityWheelUsed(), c.enrolledInEvaluation(), c.origin(), version);
        }

        private CourseState existing(GuidanceEvent e) {
            if (current == null) {
                throw new UnprojectableEventException(
                        "course " + e.courseId() + " has no started event before version " + version);
            }
            return current;
        }
    }
}
