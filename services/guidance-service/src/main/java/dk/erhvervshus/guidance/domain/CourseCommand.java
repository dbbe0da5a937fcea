package dk.erhvervshus.guidance.domain;

/** What a client asks of one guidance course. Each command is validated field by field before it exists. */
public sealed interface CourseCommand permits StartCourse, UpdateCourse, CompleteCourse, RetractCourse {

    String courseId();

    /** Lets the aggregate decide every command of the family; a new command breaks it at compile time. */
    <R> R accept(Handler<R> handler);

    interface Handler<R> {
        R start(StartCourse command);

        R update(UpdateCourse command);

        R complete(CompleteCourse command);

        R retract(RetractCourse command);
    }
}
