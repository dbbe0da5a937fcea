package dk.erhvervshus.guidance.domain;

public record UpdateCourse(String courseId, CourseChanges changes) implements CourseCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.update(this);
    }
}
