package dk.erhvervshus.guidance.domain;

public record StartCourse(String courseId, CourseDetails details) implements CourseCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.start(this);
    }
}
