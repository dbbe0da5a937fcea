package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/crm/guidance-events}: a batch of CRM change events, each applied in its own
 * transaction. Acknowledged when every item is {@code accepted} or {@code duplicate} (applied
 * before under its crmEventId, e.g. by an earlier try of this very batch); an item rejected with a
 * 5xx problem (the database went away mid-batch) makes the whole batch be sent again, whatever
 * the items after it were answered; any other rejection is a refusal.
 */
final class CrmBatch extends Write {

    /** One change event of the CRM. */
    sealed interface Item {
        String crmEventId();

        String courseId();

        ObjectNode json();

        void record(GroundTruth truth);
    }

    record Started(String crmEventId, Course course) implements Item {
        public String courseId() {
            return course.courseId();
        }

        public ObjectNode json() {
            return event(crmEventId, "COURSE_STARTED", course.startedOn(), CourseJson.registration(course, true));
        }

        public void record(GroundTruth truth) {
            truth.courseRegistered(course);
        }
    }

    record Updated(String crmEventId, String courseId, Course.Update update, LocalDate on) implements Item {
        public ObjectNode json() {
            return event(crmEventId, "COURSE_UPDATED", on, CourseJson.update(courseId, update));
        }

        public void record(GroundTruth truth) {
            truth.courseUpdated(courseId, update);
        }
    }

    record Completed(String crmEventId, String courseId, LocalDate completedOn) implements Item {
        public ObjectNode json() {
            ObjectNode course = Json.object();
            Json.put(course, "courseId", courseId);
            Json.put(course, "completedOn", completedOn);
            return event(crmEventId, "COURSE_COMPLETED", completedOn, course);
        }

        public void record(GroundTruth truth) {
            truth.courseCompleted(courseId, completedOn);
        }
    }

    record Retracted(String crmEventId, String courseId, String reason, LocalDate on) implements Item {
        public ObjectNode json() {
            ObjectNode course = Json.object();
            Json.put(course, "courseId", courseId);
            Json.put(course, "reason", reason);
            return event(crmEventId, "COURSE_RETRACTED", on, course);
        }

        public void record(GroundTruth truth) {
            truth.courseRetracted(courseId, reason);
        }
    }

    private final String batchId;
    private final List<Item> items;
    /** Indexes of the items in the order the service first acknowledged them, over every try. */
    private final List<Integer> acknowledgedOrder = new java.util.ArrayList<>();
    private final java.util.Map<Integer, Integer> acknowledgedInTry = new java.util.HashMap<>();
    private int tries;
    private byte[] body;

    CrmBatch(Lane lane, String batchId, List<Item> items) {
        super(lane);
        this.batchId = batchId;
        this.items = List.copyOf(items);
    }

    @Override
    String kind() {
        return "CRM batch";
    }

    @Override
    int events() {
        return items.size();
    }

    @Override
    Attempt attempt(ServiceClient client) {
        return Attempt.judge(client.post("/api/v1/crm/guidance-events", Json.TYPE, body(), java.util.Map.of()),
                this::judgeResults);
    }

    /** Package-private for ChaosChecksTest. */
    Attempt judgeResults(Answer answer) {
        JsonNode results = answer.json().path("results");
        if (results.size() != items.size()) {
            return new Attempt.Refused("CRM batch " + batchId + ": " + results.size() + " results for " + items.size()
                    + " events");
        }
        Attempt unanswered = null;
        Attempt refused = null;
        tries++;
        for (int i = 0; i < items.size(); i++) {
            JsonNode result = results.get(i);
            String status = result.path("status").asText();
            if (status.equals("accepted") || status.equals("duplicate")) {
                if (acknowledgedInTry.putIfAbsent(i, tries) == null) {
                    acknowledgedOrder.add(i);
                }
                continue;
            }
            Attempt item = Attempt.itemRejected(result.path("problem").path("status").asInt(0),
                    items.get(i).crmEventId() + " " + result.path("problem"));
            if (item instanceof Attempt.Unanswered && unanswered == null) {
                unanswered = item;
            } else if (item instanceof Attempt.Refused && refused == null) {
                refused = item;
            }
        }
        // After an item failed for want of the database, a later item of the same course fails as
        // well (its course was never started): the batch is sent again whole, and then judged.
        if (unanswered != null) {
            return unanswered;
        }
        return refused != null ? refused : Attempt.ACKNOWLEDGED;
    }

    /**
     * Folds the items in the order the service acknowledged them: an item answered accepted in an
     * earlier try than an item before it of the same course was applied before it. Each such pair
     * is told to the ground truth as a reordered change.
     */
    @Override
    void record(GroundTruth truth) {
        for (int later = 0; later < items.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (items.get(earlier).courseId().equals(items.get(later).courseId())
                        && acknowledgedInTry.getOrDefault(later, 0) < acknowledgedInTry.getOrDefault(earlier, 0)) {
                    truth.crmChangeReordered("batch " + batchId + ", course " + items.get(later).courseId() + ": "
                            + items.get(later).crmEventId() + " applied in try " + acknowledgedInTry.get(later) + ", "
                            + items.get(earlier).crmEventId() + " (sent before it) in try " + acknowledgedInTry.get(earlier));
                }
            }
        }
        acknowledgedOrder.stream().map(items::get)
                .filter(item -> truth.firstCrmEvent(item.crmEventId()))
                .forEach(item -> item.record(truth));
    }

    /** The same batch sent once more, as a CRM does after a timeout of its own: every item a duplicate. */
    CrmBatch again() {
        return new CrmBatch(lane(), batchId, items);
    }

    private byte[] body() {
        if (body == null) {
            ObjectNode batch = Json.object();
            Json.put(batch, "batchId", batchId);
            ArrayNode events = batch.putArray("events");
            items.forEach(item -> events.add(item.json()));
            body = Json.bytes(batch);
        }
        return body;
    }

    private static ObjectNode event(String crmEventId, String type, LocalDate on, ObjectNode course) {
        ObjectNode event = Json.object();
        Json.put(event, "crmEventId", crmEventId);
        Json.put(event, "type", type);
        Json.put(event, "occurredAt", on + "T09:00:00Z");
        event.set("course", course);
        return event;
    }
}
