package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.PostgresServer;
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

import java.time.Duration;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's database really away for it (its role may not log in and its sessions are ended, as
 * in a failover): a write answers 503 storage-unavailable with Retry-After, stores nothing, and the
 * same request succeeds once the database is back.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class StorageUnavailableIT {

    private static final String ROLE = "guidance";

    @Inject
    AgroalDataSource dataSource;

    private static void cutOff(PostgresServer postgres) {
        postgres.psql("postgres", "ALTER ROLE " + ROLE + " NOLOGIN;\n"
                + "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '" + ROLE + "';");
    }

    private static void reconnect(PostgresServer postgres) {
        postgres.psql("postgres", "ALTER ROLE " + ROLE + " LOGIN;");
    }

    @Test
    void a_write_while_the_database_is_away_is_a_503_with_retry_after_and_stores_nothing() {
        PostgresServer postgres = RealInfraTestResource.postgres();
        String courseId = newCourseId();
        Response answer;
        try {
            cutOff(postgres);
            answer = given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses");
        } finally {
            reconnect(postgres);
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).isEqualTo("https://erhvervshus.dk/problems/storage-unavailable");
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
        EventTables tables = new EventTables(dataSource);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> tables.eventsOf(courseId) == 0);
        assertThat(tables.outboxRowsOf(courseId)).isZero();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                        .then().statusCode(201));
        assertThat(tables.eventsOf(courseId)).isEqualTo(1);
    }
}
