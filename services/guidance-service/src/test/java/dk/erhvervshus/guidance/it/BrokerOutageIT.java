package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.stack.KafkaBroker;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Kafka being away never blocks or loses a registration: it is stored, and published once Kafka is back. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class BrokerOutageIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_course_registered_while_the_broker_is_down_is_published_when_it_is_back() throws Exception {
        KafkaBroker broker = RealInfraTestResource.broker();
        // First a course that is published normally: the relay's producer is connected and knows the
        // topic when the broker goes away, as it would be in production.
        String before = newCourseId();
        given().contentType(ContentType.JSON).body(registration(before)).post("/api/v1/guidance-courses")
                .then().statusCode(201);
        TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(before, 1),
                Duration.ofSeconds(60), Duration.ZERO);
        String courseId = newCourseId();
        try {
            broker.stop();

            given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                    .then().statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                    .post("/api/v1/guidance-courses/" + courseId + "/completion").then().statusCode(200);

            EventTables tables = new EventTables(dataSource);
            assertThat(tables.eventsOf(courseId)).isEqualTo(2);
            // Longer than the relay's delivery timeout (6 s in tests): its sends fail and it backs off.
            Thread.sleep(8_000);
            assertThat(tables.unpublishedOf(courseId)).isEqualTo(2);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            broker.start();
        }

        var received = TopicRecords.readUntil(Topics.GUIDANCE_EVENTS, Map.of(courseId, 2), Duration.ofSeconds(90), Duration.ofSeconds(2));

        assertThat(received.getOrDefault(courseId, List.of())).extracting(m -> m.envelope().version())
                .containsExactly(1L, 2L);
    }
}
