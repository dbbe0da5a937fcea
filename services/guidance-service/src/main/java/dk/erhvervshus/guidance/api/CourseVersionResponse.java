package dk.erhvervshus.guidance.api;

/** The course a write concerned and its stream version afterwards. */
public record CourseVersionResponse(String courseId, long version) {
}
