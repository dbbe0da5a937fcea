package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.eventstore.EventMetadata;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.StreamVersionConflictException;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Two writers that loaded the same version of a course: exactly one append wins, the other is a 409. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class ConcurrencyIT {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventStore eventStore;

    private static String registerCourse() {
        String courseId = newCourseId();
        given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                .then().statusCode(201);
        return courseId;
    }

    private static GuidanceCourseUpdated renamed(String courseId) {
        return new GuidanceCourseUpdated(courseId, "Omdøbt ApS", null, null, null, null, null, null, null, null);
    }

    @Test
    void an_append_with_a_stale_expected_version_is_refused_and_stores_nothing() throws Exception {
        String courseId = registerCourse();
        long outboxBefore = new EventTables(dataSource).outboxRows();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> eventStore.append(connection, courseId, 0, List.of(renamed(courseId)),
                    new EventMetadata("nordjylland", "stale-writer", null, "stale-writer")))
                    .isInstanceOf(StreamVersionConflictException.class)
                    .hasMessageContaining(courseId);
            connection.rollback();
        }

        assertThat(new EventTables(dataSource).eventsOf(courseId)).isEqualTo(1);
        assertThat(new EventTables(dataSource).outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    void a_request_that_loses_the_race_for_the_next_version_is_a_409_problem() throws Exception {
        String courseId = registerCourse();
        try (Connection rival = dataSource.getConnection()) {
            // The rival writer has appended version 2 but not committed yet...
            rival.setAutoCommit(false);
            eventStore.append(rival, courseId, 1, List.of(renamed(courseId)), new EventMetadata("nordjylland", "rival", null, "rival"));

            // ...so the request still reads version 1 and its insert of version 2 waits on the rival's row.
            CompletableFuture<Response> completion = CompletableFuture.supplyAsync(() -> given()
                    .contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                    .post("/api/v1/guidance-courses/" + courseId + "/completion"));
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks() > 0);
            rival.commit();

            completion.get(20, TimeUnit.SECONDS).then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("/concurrent-modification"));
        }

        assertThat(new EventTables(dataSource).typesOf(courseId))
                .containsExactly("guidance.course-started.v1", "guidance.course-updated.v1");
        // Retrying decides again on the new state and succeeds.
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30"))
                .post("/api/v1/guidance-courses/" + courseId + "/completion").then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(3));
    }

    private long waitingOnLocks() {
        return new EventTables(dataSource).count("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }
}
