package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.eventstore.testing.TopicRecords.Received;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class OutboxToKafkaIT {

    @Inject
    AgroalDataSource dataSource;

    private static void post(String path, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status);
    }

    @Test
    void every_event_reaches_guidance_events_once_per_course_in_version_order_keyed_by_course() {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            String courseId = newCourseId();
            post("/api/v1/guidance-courses", registration(courseId), 201);
            int events = 1;
            if (i % 2 == 0) {
                post("/api/v1/guidance-courses/" + courseId + "/completion", Map.of("completedOn", "2023-06-30"), 200);
                events++;
            }
            if (i % 3 == 0) {
                post("/api/v1/guidance-courses/" + courseId + "/retraction", Map.of("reason", "registered in error"), 200);
                events++;
            }
            expected.put(courseId, events);
        }
        given().contentType(ContentType.JSON).body(Map.of("status", "PLANNED")).put("/api/v1/houses/nordjylland/years/2023/activities/G10-A1")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "DONE")).put("/api/v1/houses/nordjylland/years/2023/activities/G10-A1")
                .then().statusCode(200);
        expected.put(GoalActivityEvent.aggregateId("nordjylland", 2023, "G10-A1"), 2);

        Map<String, List<Received>> received = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, expected, Duration.ofSeconds(60), Duration.ofSeconds(3));

        expected.forEach((aggregateId, count) -> {
            List<Received> messages = received.getOrDefault(aggregateId, List.of());
            assertThat(messages).as("messages of " + aggregateId).extracting(m -> m.envelope().version())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(messages).extracting(Received::key).containsOnly(aggregateId);
            assertThat(messages).extracting(m -> m.envelope().position()).isSorted().doesNotContain(0L);
        });
        assertThat(received.get(GoalActivityEvent.aggregateId("nordjylland", 2023, "G10-A1")))
                .extracting(m -> m.envelope().type()).containsOnly("guidance.activity-status-changed.v1");
    }

    /**
     * The relay is woken by the commit (LISTEN/NOTIFY), not by its poll (1 s): every one of a few
     * writes to an idle relay is on the topic well within the poll interval. Polling alone would
     * pass this with a chance of about 0.3^5.
     */
    @Test
    void a_write_to_an_idle_relay_is_on_the_topic_well_within_the_poll_interval() throws Exception {
        try (TopicRecords.Tail tail = TopicRecords.tail(Topics.GUIDANCE_EVENTS)) {
            for (int i = 0; i < 5; i++) {
                Thread.sleep(300);
                String courseId = newCourseId();
                post("/api/v1/guidance-courses", registration(courseId), 201);
                long acknowledged = System.nanoTime();

                Duration latency = Duration.ofNanos(tail.arrivalNanos(courseId, Duration.ofSeconds(30)) - acknowledged);

                assertThat(latency).as("write %d: acknowledged → on the topic", i).isLessThan(Duration.ofMillis(300));
            }
        }
    }

    @Test
    void a_published_message_is_the_stored_envelope_and_its_outbox_row_is_stamped() {
        String courseId = newCourseId();
        post("/api/v1/guidance-courses", registration(courseId), 201);

        Map<String, List<Received>> received = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(courseId, 1), Duration.ofSeconds(60), Duration.ZERO);

        EventEnvelope published = received.get(courseId).get(0).envelope();
        String stored = given().get("/api/v1/guidance-courses/" + courseId + "/events").then().statusCode(200)
                .extract().body().asString();
        assertThat(stored).contains(published.eventId().toString(), "\"position\":" + published.position());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(new EventTables(dataSource).unpublishedOf(courseId)).isZero());
    }
}
