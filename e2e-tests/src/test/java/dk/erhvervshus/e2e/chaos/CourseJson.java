package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The fields of a course as a registration (direct or COURSE_STARTED) and a COURSE_UPDATED send them. */
final class CourseJson {

    private CourseJson() {
    }

    /** Every field of a registration; without {@code courseId} when the service is to choose it. */
    static ObjectNode registration(Course course, boolean withCourseId) {
        ObjectNode node = Json.object();
        if (withCourseId) {
            Json.put(node, "courseId", course.courseId());
        }
        Json.put(node, "house", Course.HOUSE);
        Json.put(node, "cvr", course.cvr());
        Json.put(node, "companyName", course.companyName());
        Json.put(node, "municipalityCode", course.municipalityCode());
        Json.put(node, "category", course.category());
        Json.put(node, "themes", course.themes());
        Json.put(node, "startedOn", course.startedOn());
        Json.put(node, "sustainabilityWheelUsed", course.sustainabilityWheelUsed());
        Json.put(node, "enrolledInEvaluation", course.enrolledInEvaluation());
        Json.put(node, "origin", course.origin());
        return node;
    }

    /** The course id and only the fields the update names. */
    static ObjectNode update(String courseId, Course.Update update) {
        ObjectNode node = Json.object();
        Json.put(node, "courseId", courseId);
        Json.put(node, "companyName", update.companyName());
        Json.put(node, "municipalityCode", update.municipalityCode());
        Json.put(node, "category", update.category());
        Json.put(node, "themes", update.themes());
        Json.put(node, "startedOn", update.startedOn());
        Json.put(node, "sustainabilityWheelUsed", update.sustainabilityWheelUsed());
        Json.put(node, "enrolledInEvaluation", update.enrolledInEvaluation());
        return node;
    }
}
