package dk.erhvervshus.e2e.chaos;

import java.util.Map;

/**
 * {@code POST /api/v1/guidance-courses}, the three ways a client can make a retry safe: its own
 * courseId and an Idempotency-Key, only a courseId (the same content again is replayed), or only an
 * Idempotency-Key, the service choosing the id: then only the key stands between a retry and a
 * second course, and the ground truth learns the id from the acknowledgment.
 */
final class RegisterCourse extends Write {

    enum Safety { ID_AND_KEY, ID_ONLY, KEY_ONLY }

    private final Course course;
    private final Safety safety;
    private final String idempotencyKey;
    private final CourseRef ref;
    private String assignedId;

    RegisterCourse(Lane lane, Course course, Safety safety, String idempotencyKey, CourseRef ref) {
        super(lane);
        this.course = course;
        this.safety = safety;
        this.idempotencyKey = idempotencyKey;
        this.ref = ref;
    }

    @Override
    String kind() {
        return "course registration (" + safety.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    @Override
    int events() {
        return 1;
    }

    @Override
    Attempt attempt(ServiceClient client) {
        Map<String, String> headers = safety == Safety.ID_ONLY ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        byte[] body = Json.bytes(CourseJson.registration(course, safety != Safety.KEY_ONLY));
        return Attempt.judge(client.post("/api/v1/guidance-courses", Json.TYPE, body, headers), answer -> {
            if (answer.status() != 201) {
                return new Attempt.Refused("registration answered " + answer.excerpt());
            }
            String id = answer.json().path("courseId").asText(null);
            if (id == null || (safety != Safety.KEY_ONLY && !id.equals(course.courseId()))) {
                return new Attempt.Refused("registration of " + course.courseId() + " answered " + answer.excerpt());
            }
            assignedId = id;
            return Attempt.ACKNOWLEDGED;
        });
    }

    @Override
    void record(GroundTruth truth) {
        ref.assigned(assignedId);
        truth.courseRegistered(course.withId(assignedId));
    }
}
