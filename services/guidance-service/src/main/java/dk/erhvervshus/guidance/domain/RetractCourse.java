package dk.erhvervshus.guidance.domain;

public record RetractCourse(String courseId, String reason) implements CourseCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.retract(this);
    }
}
