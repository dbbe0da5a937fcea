package dk.erhvervshus.e2e.chaos;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/guidance-courses/{id}/completion} or {@code …/retraction} of a directly
 * registered course. Sent again after a lost answer it is answered 200 with nothing stored
 * (the same completion date, an already retracted course).
 */
final class CourseDecision extends Write {

    private final CourseRef ref;
    private final LocalDate completedOn;
    private final String retractionReason;

    private CourseDecision(Lane lane, CourseRef ref, LocalDate completedOn, String retractionReason) {
        super(lane);
        this.ref = ref;
        this.completedOn = completedOn;
        this.retractionReason = retractionReason;
    }

    static CourseDecision completion(Lane lane, CourseRef ref, LocalDate completedOn) {
        return new CourseDecision(lane, ref, completedOn, null);
    }

    static CourseDecision retraction(Lane lane, CourseRef ref, String reason) {
        return new CourseDecision(lane, ref, null, reason);
    }

    @Override
    String kind() {
        return completedOn != null ? "course completion" : "course retraction";
    }

    @Override
    int events() {
        return 1;
    }

    @Override
    Attempt attempt(ServiceClient client) {
        String path = "/api/v1/guidance-courses/" + ref.courseId() + (completedOn != null ? "/completion" : "/retraction");
        byte[] body = Json.bytes(completedOn != null ? Json.put(Json.object(), "completedOn", completedOn)
                : Json.put(Json.object(), "reason", retractionReason));
        return Attempt.judge(client.post(path, Json.TYPE, body, java.util.Map.of()), answer -> Attempt.ACKNOWLEDGED);
    }

    @Override
    void record(GroundTruth truth) {
        if (completedOn != null) {
            truth.courseCompleted(ref.courseId(), completedOn);
        } else {
            truth.courseRetracted(ref.courseId(), retractionReason);
        }
    }
}
