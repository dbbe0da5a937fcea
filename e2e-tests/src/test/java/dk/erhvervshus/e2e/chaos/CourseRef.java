package dk.erhvervshus.e2e.chaos;

/**
 * A directly registered course as its later completion or retraction names it: the client's own
 * id, or, for a registration without one, the id the service chose, known once it was acknowledged.
 */
final class CourseRef {

    private volatile String courseId;

    CourseRef(String courseId) {
        this.courseId = courseId;
    }

    String courseId() {
        String id = courseId;
        if (id == null) {
            throw new IllegalStateException("the course's registration was never acknowledged, so its id is unknown");
        }
        return id;
    }

    void assigned(String id) {
        courseId = id;
    }
}
