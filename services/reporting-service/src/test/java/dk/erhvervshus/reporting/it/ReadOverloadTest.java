package dk.erhvervshus.reporting.it;

import dk.erhvervshus.reporting.api.ReadBulkhead;
import dk.erhvervshus.reporting.projection.ProjectionDataSource;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads and the projection do not share one fate. A transaction of the test holds an exclusive
 * lock on {@code awareness_survey_versions} (a fact table every computed goal answer reads and a
 * batch of course events never touches), and every connection of the reads' pool waits on it; goal
 * answers computed from the facts (here: goals as known at an instant) then take every place of the
 * bulkhead, each waiting for a connection. Computed reads beyond the bound are answered 503
 * overloaded with Retry-After at once, and course events produced to guidance-events are applied
 * all the same (the projection's own pool); once the lock goes, the waiting reads are answered and
 * the next read counts the new courses.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class ReadOverloadTest {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    @Inject
    Pool readPool;

    @Inject
    @ReactiveDataSource(ProjectionDataSource.NAME)
    Pool projectionPool;

    @ConfigProperty(name = "reporting.reads.max-concurrent")
    int readLimit;

    @Inject
    ReadBulkhead bulkhead;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
    int readPoolSize;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private EventTopics topic;
    private Connection lock;

    @BeforeEach
    void emptyReadModels() throws SQLException {
        ReadModels.empty(projectionPool);
        // Positions are awaited on the projection's pool: the reads' pool is the one this test fills.
        topic = new EventTopics(RealInfraTestResource.broker(), projectionPool);
        lock = DriverManager.getConnection(jdbcUrl, user, password);
        lock.setAutoCommit(false);
    }

    @AfterEach
    void release() throws Exception {
        lock.rollback();
        lock.close();
        topic.close();
        readers.shutdownNow();
        readers.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void with_every_read_place_taken_and_the_read_pool_empty_excess_reads_get_503_and_events_are_still_applied()
            throws Exception {
        assertThat(readPoolSize).as("the read pool has room beyond the bulkhead").isGreaterThan(readLimit);
        // A first read warms the read path up (a cold one takes seconds on two shared cores).
        String knownAt = Instant.now().toString();
        given().queryParam("knownAt", knownAt).get(GOALS).then().statusCode(200);
        try (Statement statement = lock.createStatement()) {
            statement.execute("lock table awareness_survey_versions in access exclusive mode");
        }

        // Every connection of the reads' pool waits on the lock: nothing read can reach the database.
        for (int i = 0; i < readPoolSize; i++) {
            readPool.query("select count(*) from awareness_survey_versions").execute().subscribe()
                    .with(rows -> { }, failure -> { });
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> sessionsWaitingOnALock() >= readPoolSize);
        // Every place of the bulkhead is taken by a read waiting for one of those connections.
        List<CompletableFuture<Response>> slowReads = new ArrayList<>();
        for (int i = 0; i < readLimit; i++) {
            slowReads.add(CompletableFuture.supplyAsync(() -> given().queryParam("knownAt", knownAt).get(GOALS), readers));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> bulkhead.inFlight() == readLimit);

        for (String path : List.of(GOALS, GOALS + "/G11-UNIQUE-COMPANIES", "/api/v1/houses/nordjylland/years/2023/municipalities")) {
            Response refused = given().queryParam("knownAt", knownAt).get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
            assertThat(refused.jsonPath().getString("type")).isEqualTo("https://erhvervshus.dk/problems/overloaded");
        }

        topic.publish(
                course("41000001").in("851").startedOn("2023-02-01").started(),
                course("41000002").in("860").startedOn("2023-03-01").started(),
                course("41000003").in("825").startedOn("2023-04-01").started());
        // Applied, not yet derived: the maintainer reads the facts through the reads' pool, which this test fills.
        topic.awaitApplied();
        assertThat(countOnProjectionPool("select count(*) from courses")).isEqualTo(3);
        assertThat(slowReads).noneMatch(CompletableFuture::isDone);

        lock.rollback();

        // Slow, not failed: each is answered once the lock goes (with the courses it had read before).
        for (CompletableFuture<Response> read : slowReads) {
            assertThat(read.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        topic.awaitConsumed();
        Response after = given().get(GOALS);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.jsonPath().getInt("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }.actual")).isEqualTo(3);
    }

    private long sessionsWaitingOnALock() throws SQLException {
        try (Statement statement = lock.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity "
                     + "where datname = current_database() and wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long countOnProjectionPool(String sql) {
        Row row = projectionPool.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
        return row.getLong(0);
    }
}
