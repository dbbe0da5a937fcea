package dk.erhvervshus.guidance.it;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.eventstore.testing.MetricsText;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.eventstore.testing.TopicRecords.Received;
import dk.erhvervshus.eventstore.testing.TransactionWatch;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka really away (the broker process stopped, so the producer's futures fail after its delivery
 * timeout, as they do in production): writes are still stored, relay rounds end within their bound
 * and stamp nothing, readiness says why, and once the broker is back every event arrives, per course
 * in version order.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class BrokerOutageIT {

    /**
     * A round's own bound in tests (outbox.round-timeout 3 s; max-block 2 s only applies before the
     * first send) and the watch's 100 ms sampling, with room for a loaded machine.
     */
    private static final Duration ROUND_BOUND = Duration.ofSeconds(6);

    @Inject
    AgroalDataSource dataSource;

    private static void post(String path, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status);
    }

    private static MetricsText metrics() {
        return MetricsText.of(given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    @Test
    void while_the_broker_is_down_rounds_end_within_their_bound_and_everything_arrives_in_order_once_it_is_back()
            throws Exception {
        KafkaBroker broker = RealInfraTestResource.broker();
        EventTables tables = new EventTables(dataSource);
        // First a course that is published normally: the relay's producer is connected and knows the
        // topic when the broker goes away, as it would be in production.
        String before = newCourseId();
        post("/api/v1/guidance-courses", registration(before), 201);
        TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(before, 1), Duration.ofSeconds(60), Duration.ZERO);
        double failedRoundsBefore = metrics().value("erhvervshus_outbox_relay_rounds_total", "outcome", "failed");

        List<String> courses = new ArrayList<>();
        try (TransactionWatch watch = TransactionWatch.start(dataSource)) {
            try {
                broker.stop();
                for (int i = 0; i < 6; i++) {
                    String courseId = newCourseId();
                    courses.add(courseId);
                    post("/api/v1/guidance-courses", registration(courseId), 201);
                    post("/api/v1/guidance-courses/" + courseId + "/completion", Map.of("completedOn", "2023-06-30"), 200);
                }
                // Long enough for several rounds to fail (delivery timeout 2 s) and the backlog to pass
                // the readiness limit (5 s in tests).
                Thread.sleep(8_000);

                for (String courseId : courses) {
                    assertThat(tables.eventsOf(courseId)).isEqualTo(2);
                    assertThat(tables.unpublishedOf(courseId)).as("nothing acknowledged, nothing stamped").isEqualTo(2);
                }
                JsonPath ready = given().auth().none().get("/q/health/ready").then().statusCode(503)
                        .extract().jsonPath();
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.data.relay")).isEqualTo("retrying");
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.data.reason"))
                        .contains("oldest unpublished row waits");
                MetricsText metrics = metrics();
                assertThat(metrics.value("erhvervshus_outbox_relay_rounds_total", "outcome", "failed"))
                        .isGreaterThan(failedRoundsBefore);
                assertThat(metrics.value("erhvervshus_outbox_backlog_rows")).isGreaterThanOrEqualTo(12);
                assertThat(metrics.value("erhvervshus_outbox_oldest_unpublished_age_seconds")).isGreaterThan(5);
                assertThat(watch.longest()).as("the longest transaction while the broker was away")
                        .isLessThan(ROUND_BOUND);
            } finally {
                broker.start();
            }

            Map<String, Integer> expected = new HashMap<>();
            courses.forEach(courseId -> expected.put(courseId, 2));
            Map<String, List<Received>> received = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, expected,
                    Duration.ofSeconds(90), Duration.ofSeconds(2));

            for (String courseId : courses) {
                // At-least-once: a record the broker took just before it stopped may come twice, but
                // never out of order and never missing.
                List<Long> versions = received.getOrDefault(courseId, List.of()).stream()
                        .map(m -> m.envelope().version()).toList();
                assertThat(versions).as("versions of " + courseId).isSorted();
                assertThat(versions.stream().distinct().toList()).containsExactly(1L, 2L);
            }
            assertThat(watch.longest()).as("the longest transaction, the catching up included").isLessThan(ROUND_BOUND);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().none().get("/q/health/ready").then().statusCode(200));
    }
}
