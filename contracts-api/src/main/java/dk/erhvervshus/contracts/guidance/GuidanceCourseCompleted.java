package dk.erhvervshus.contracts.guidance;

import java.time.LocalDate;

/** The course ended as planned. */
public record GuidanceCourseCompleted(String courseId, LocalDate completedOn) implements GuidanceEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.completed(this);
    }
}
