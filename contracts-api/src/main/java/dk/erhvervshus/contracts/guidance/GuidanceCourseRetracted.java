package dk.erhvervshus.contracts.guidance;

/**
 * The course was registered in error (or is otherwise withdrawn). A retraction is a correction:
 * the course stops counting in every goal, also for dates before the retraction.
 */
public record GuidanceCourseRetracted(String courseId, String reason) implements GuidanceEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.retracted(this);
    }
}
