package dk.erhvervshus.guidance.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies as a client would send them. */
final class Courses {

    private Courses() {
    }

    static String newCourseId() {
        return "it-" + UUID.randomUUID();
    }

    /** A valid registration; a mutable map so a test can break or drop single fields. */
    static Map<String, Object> registration(String courseId) {
        Map<String, Object> body = new HashMap<>();
        if (courseId != null) {
            body.put("courseId", courseId);
        }
        body.put("house", "nordjylland");
        body.put("cvr", "13585628");
        body.put("companyName", "Eksempel ApS");
        body.put("municipalityCode", "851");
        body.put("category", "GROWTH");
        body.put("themes", List.of("DIGITALISATION", "GREEN_TRANSITION"));
        body.put("startedOn", "2023-02-01");
        body.put("advisor", "Mette Jensen");
        body.put("sustainabilityWheelUsed", true);
        body.put("enrolledInEvaluation", true);
        body.put("origin", "LOCAL_BUSINESS_OFFICE");
        return body;
    }

    /** A valid registration for the fixture house {@link FixtureHouses#TESTHUS}. */
    static Map<String, Object> testhusRegistration(String courseId) {
        Map<String, Object> body = registration(courseId);
        body.put("house", FixtureHouses.TESTHUS);
        body.put("municipalityCode", FixtureHouses.TESTHUS_MUNICIPALITY);
        return body;
    }

    static Map<String, Object> crmEvent(String crmEventId, String type, Map<String, Object> course) {
        Map<String, Object> event = new HashMap<>();
        event.put("crmEventId", crmEventId);
        event.put("type", type);
        event.put("occurredAt", "2023-02-01T09:00:00Z");
        event.put("course", course);
        return event;
    }
}
