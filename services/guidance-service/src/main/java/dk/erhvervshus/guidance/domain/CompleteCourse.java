package dk.erhvervshus.guidance.domain;

import java.time.LocalDate;

public record CompleteCourse(String courseId, LocalDate completedOn) implements CourseCommand {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.complete(this);
    }
}
