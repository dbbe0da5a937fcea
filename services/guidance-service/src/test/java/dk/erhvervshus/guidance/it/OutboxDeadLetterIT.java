package dk.erhvervshus.guidance.it;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.eventstore.testing.MetricsText;
import dk.erhvervshus.eventstore.testing.TopicLimit;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.eventstore.testing.TopicRecords.Received;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record the real broker refuses for good (larger than the topic's max.message.bytes) is tried
 * once, dead-lettered with Kafka's reason and shown to operators, readiness and metrics; other
 * streams flow on, the later events of its own stream wait behind it, and a retry after the limit
 * was raised publishes it and then them, in order.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class OutboxDeadLetterIT {

    private static final String DEAD_LETTERS = "/api/v1/operations/outbox/dead-letters";

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification admin() {
        return given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.ADMIN, null));
    }

    private static void register(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/guidance-courses").then().statusCode(201);
    }

    private static void complete(String courseId) {
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                .post("/api/v1/guidance-courses/" + courseId + "/completion").then().statusCode(200);
    }

    private static MetricsText metrics() {
        return MetricsText.of(given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The largest registration the door lets in: company name and advisor at their limits, in two-byte letters. */
    private static Map<String, Object> largeRegistration(String courseId) {
        Map<String, Object> body = registration(courseId);
        body.put("companyName", "Æ".repeat(200));
        body.put("advisor", "Ø".repeat(100));
        return body;
    }

    @Test
    void a_record_too_large_for_the_topic_waits_as_a_dead_letter_with_its_stream_while_other_streams_flow() {
        EventTables tables = new EventTables(dataSource);
        String ordinary = newCourseId();
        register(registration(ordinary));
        TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(ordinary, 1), Duration.ofSeconds(60), Duration.ZERO);
        long ordinaryBytes = tables.outboxValueBytesOf(ordinary);
        double deadLetteredBefore = metrics().value("erhvervshus_outbox_dead_lettered_records_total");

        String stuck = newCourseId();
        String other = newCourseId();
        long position;
        // Between an ordinary registration's record batch (value + key + ~80 bytes of batch overhead)
        // and the large one's (about 550 bytes more).
        try (TopicLimit limit = TopicLimit.lower(Topics.GUIDANCE_EVENTS, (int) ordinaryBytes + 250)) {
            register(largeRegistration(stuck));
            await().atMost(Duration.ofSeconds(30)).until(() -> tables.deadLettersOf(stuck) == 1);
            position = tables.deadLetterPositionOf(stuck);

            complete(stuck);
            register(registration(other));
            complete(other);

            Map<String, List<Received>> flowing = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS,
                    Map.of(other, 2), Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertThat(flowing.get(other)).extracting(m -> m.envelope().version()).containsExactly(1L, 2L);
            assertThat(tables.unpublishedOf(stuck)).as("the dead letter and the completion behind it").isEqualTo(2);

            JsonPath listed = admin().get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath();
            Map<String, Object> deadLetter = listed.getMap("deadLetters.find { it.aggregateId == '" + stuck + "' }");
            assertThat(deadLetter).containsEntry("topic", Topics.GUIDANCE_EVENTS)
                    .containsEntry("waiting", 1);
            assertThat(((Number) deadLetter.get("position")).longValue()).isEqualTo(position);
            assertThat((String) deadLetter.get("reason")).startsWith("RecordTooLargeException");
            assertThat(listed.getLong("total")).isGreaterThanOrEqualTo(1);

            // One stuck stream does not take the instance out of rotation: every other stream flows.
            JsonPath ready = given().auth().none().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getString("checks.find { it.name == 'outbox' }.status")).isEqualTo("UP");
            assertThat(ready.getInt("checks.find { it.name == 'outbox' }.data.deadLetters")).isGreaterThanOrEqualTo(1);
            assertThat(ready.getInt("checks.find { it.name == 'outbox' }.data.heldBehindDeadLetters")).isGreaterThanOrEqualTo(1);
            assertThat(ready.getString("checks.find { it.name == 'outbox' }.data.attention")).contains("dead-lettered");

            MetricsText metrics = metrics();
            assertThat(metrics.value("erhvervshus_outbox_dead_letters_rows")).isGreaterThanOrEqualTo(1);
            assertThat(metrics.value("erhvervshus_outbox_dead_lettered_records_total"))
                    .as("tried once, dead-lettered once").isEqualTo(deadLetteredBefore + 1);
        }
        // The limit is raised again (the topic's override removed); the dead letter stays until retried.
        assertThat(tables.deadLettersOf(stuck)).isEqualTo(1);

        admin().post(DEAD_LETTERS + "/" + position + "/retry").then().statusCode(202);
        admin().post(DEAD_LETTERS + "/" + position + "/retry").then().statusCode(404);

        Map<String, List<Received>> released = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(stuck, 2),
                Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertThat(released.get(stuck)).extracting(m -> m.envelope().version()).containsExactly(1L, 2L);
        await().atMost(Duration.ofSeconds(10)).until(() -> tables.unpublishedOf(stuck) == 0);
        assertThat(admin().get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath()
                .getList("deadLetters.aggregateId")).doesNotContain(stuck);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().none().get("/q/health/ready").then().statusCode(200));
    }
}
