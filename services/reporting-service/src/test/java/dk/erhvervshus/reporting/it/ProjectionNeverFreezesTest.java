package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.erhvervshus.contracts.codes.GuidanceCategory.GROWTH;
import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "Why", each scenario against the real broker and database, produced straight to the
 * topics (bypassing guidance-service's validation) and now harmless: a bad record is parked with its
 * reason while the rest of its poll is applied, a stream never applies an event on a gap, parked
 * records are listed, replayed and discarded through the operations endpoints (and the parked
 * gauge follows), a lost connection is retried without parking, and a stored position the broker
 * does not have stops the consumer instead of jumping. The out-of-range tests (a position after the
 * log end, and one before the log start once records were deleted) run last and put the position
 * back, so the classes after it find a running consumer.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionNeverFreezesTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";
    private static final String PARKED = "/api/v1/operations/parked-events";
    private static final String REFUSED_NAME = "REFUSED BY THE READ MODEL";

    @AfterEach
    void dropTheRefusingConstraint() {
        sql("alter table courses drop constraint if exists test_refused_name");
    }

    @Test
    @Order(1)
    void an_ancient_date_and_a_missing_category_are_parked_and_the_rest_of_the_poll_is_applied() {
        CourseEvents ancient = course("11111111").startedOn("-5000-01-01");
        CourseEvents noCategory = course("22222222").category(null);
        CourseEvents fine = course("33333333").category(GROWTH).startedOn("2023-02-01");
        CourseEvents alsoFine = course("44444444").category(GROWTH).startedOn("2023-03-01");
        topic.publishTo(0, fine.started()).publishTo(0, ancient.started()).publishTo(0, noCategory.started())
                .publishTo(0, alsoFine.started()).awaitConsumed();
        // Later, in another poll: the next version of the parked course waits for it (in the same poll,
        // the course would be written once in its final state, with a date the read model holds).
        topic.publishTo(0, ancient.movedTo("2023-05-01", 2)).awaitConsumed();

        assertThat(courseIds()).containsExactlyInAnyOrder(fine.id(), alsoFine.id());
        JsonPath parked = admin().queryParam("topic", Topics.GUIDANCE_EVENTS).get(PARKED).then().statusCode(200)
                .extract().jsonPath();
        assertThat(parked.getInt("count")).isEqualTo(3);
        Map<String, Object> date = parked.getMap("parkedEvents.find { it.stream == '" + ancient.id() + "' && it.version == 1 }");
        assertThat(date).containsEntry("reasonKind", "REJECTED").containsEntry("status", "PARKED")
                .containsEntry("eventType", "guidance.course-started.v1").containsEntry("partition", 0);
        assertThat((String) date.get("reason")).contains("the read model refused it").contains("SQLSTATE 22");
        assertThat(parked.getMap("parkedEvents.find { it.stream == '" + ancient.id() + "' && it.version == 2 }"))
                .containsEntry("reasonKind", "WAITING").containsEntry("reason", "waiting for version 1");
        assertThat(parked.getString("parkedEvents.find { it.stream == '" + noCategory.id() + "' }.reason"))
                .contains("lacks category");

        assertThat(readiness()).containsEntry("status", "UP");
        JsonPath goals = given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.DASHBOARD, "nordjylland"))
                .get(GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(goals.getMap("goals.find { it.id == 'G11-UNIQUE-COMPANIES' }")).containsEntry("actual", 2);
        assertThat(goals.getString("dataAsOf.'guidance-events'")).isNotBlank();
        assertThat(goals.getMap("dataAsOf")).containsKeys(Topics.GUIDANCE_EVENTS, Topics.SURVEY_EVENTS);
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"rejected\",topic=\"guidance-events\""))
                .isEqualTo(2);
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"waiting\",topic=\"guidance-events\""))
                .isEqualTo(1);
        assertThat(metric("erhvervshus_projection_batches_bisected_total", "source=\"poll\"")).isPositive();
        assertThat(metricsText()).contains("erhvervshus_projection_lag_records{partition=\"0\",topic=\"guidance-events\"}")
                .contains("erhvervshus_projection_lag_seconds{partition=\"0\",topic=\"guidance-events\"}")
                .contains("erhvervshus_projection_batch_apply_seconds_count{source=\"poll\"}");

        // A replay of all takes the ancient start with the version waiting behind it: the course is
        // written once in its final state, which the read model holds; the course without a category
        // stays parked with its reason.
        JsonPath replayed = admin().contentType("application/json").body(Map.of("all", true))
                .post(PARKED + "/replay").then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getInt("replayed")).isEqualTo(3);
        assertThat(replayed.getInt("applied")).isEqualTo(2);
        assertThat(replayed.getList("stillParked.id")).containsExactly(
                parked.getString("parkedEvents.find { it.stream == '" + noCategory.id() + "' }.id"));
        assertThat(replayed.getString("stillParked[0].reason")).contains("lacks category");
        assertThat(courseIds()).containsExactlyInAnyOrder(fine.id(), alsoFine.id(), ancient.id());
        assertThat(courseRow(ancient.id()).getLocalDate("started_on")).hasToString("2023-05-01");
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"rejected\",topic=\"guidance-events\""))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void a_gap_in_a_stream_waits_for_the_missing_version_and_its_replay_applies_both_in_order() {
        sql("alter table courses add constraint test_refused_name check (company_name <> '" + REFUSED_NAME + "')");
        CourseEvents course = course("55555555").startedOn("2023-02-01");
        CourseEvents other = course("66666666").startedOn("2023-02-01");
        topic.publish(course.started()).awaitConsumed();
        topic.publish(course.renamed(REFUSED_NAME, 2), course.movedTo("2023-04-01", 3), other.started()).awaitConsumed();

        assertThat(lastVersion(course.id())).isEqualTo(1);
        assertThat(lastVersion(other.id())).isEqualTo(1);
        JsonPath parked = admin().queryParam("stream", course.id()).get(PARKED).then().statusCode(200).extract().jsonPath();
        assertThat(parked.getList("parkedEvents.version", Long.class)).containsExactly(2L, 3L);
        assertThat(parked.getString("parkedEvents[0].reason")).contains("test_refused_name");
        assertThat(parked.getString("parkedEvents[1].reason")).isEqualTo("waiting for version 2");
        String missing = parked.getString("parkedEvents[0].id");

        // While the cause is there, a replay parks both again; once it is gone, 2 and then 3 apply.
        admin().post(PARKED + "/" + missing + "/replay").then().statusCode(200);
        assertThat(lastVersion(course.id())).isEqualTo(1);
        sql("alter table courses drop constraint test_refused_name");
        JsonPath replayed = admin().post(PARKED + "/" + missing + "/replay").then().statusCode(200).extract().jsonPath();

        assertThat(replayed.getInt("replayed")).isEqualTo(2);
        assertThat(replayed.getInt("applied")).isEqualTo(2);
        assertThat(replayed.getList("stillParked")).isEmpty();
        Row row = courseRow(course.id());
        assertThat(row.getLong("last_version")).isEqualTo(3);
        assertThat(row.getString("company_name")).isEqualTo(REFUSED_NAME);
        assertThat(row.getLocalDate("started_on")).hasToString("2023-04-01");
        assertThat(admin().queryParam("status", "REPLAYED").queryParam("stream", course.id()).get(PARKED)
                .then().statusCode(200).extract().jsonPath().getList("parkedEvents.status")).containsExactly("REPLAYED", "REPLAYED");
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"waiting\",topic=\"guidance-events\"")).isZero();

        // The stream goes on with its next version as usual.
        topic.publish(course.retracted(4)).awaitConsumed();
        assertThat(lastVersion(course.id())).isEqualTo(4);
    }

    @Test
    @Order(3)
    void a_discarded_event_keeps_its_reason_and_lets_its_stream_go_on() {
        sql("alter table courses add constraint test_refused_name check (company_name <> '" + REFUSED_NAME + "')");
        CourseEvents course = course("77777777").startedOn("2023-02-01");
        topic.publish(course.started(), course.renamed(REFUSED_NAME, 2), course.movedTo("2023-06-01", 3)).awaitConsumed();
        JsonPath parked = admin().queryParam("stream", course.id()).get(PARKED).then().statusCode(200).extract().jsonPath();
        String bad = parked.getString("parkedEvents[0].id");
        String waiting = parked.getString("parkedEvents[1].id");
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"rejected\",topic=\"guidance-events\"")).isEqualTo(1);

        admin().contentType("application/json").body(Map.of("reason", " ")).post(PARKED + "/" + bad + "/discard")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("reason"));
        JsonPath discarded = admin().contentType("application/json")
                .body(Map.of("reason", "a test rename; the CRM has the right name"))
                .post(PARKED + "/" + bad + "/discard").then().statusCode(200).extract().jsonPath();
        assertThat(discarded.getString("status")).isEqualTo("DISCARDED");
        assertThat(discarded.getString("discardReason")).isEqualTo("a test rename; the CRM has the right name");
        admin().contentType("application/json").body(Map.of("reason", "again"))
                .post(PARKED + "/" + bad + "/discard").then().statusCode(409);
        assertThat(metric("erhvervshus_projection_parked_events", "reason=\"rejected\",topic=\"guidance-events\"")).isZero();

        JsonPath replayed = admin().contentType("application/json").body(Map.of("stream", course.id()))
                .post(PARKED + "/replay").then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getInt("applied")).isEqualTo(1);
        Row row = courseRow(course.id());
        assertThat(row.getLong("last_version")).isEqualTo(3);
        assertThat(row.getString("company_name")).isNotEqualTo(REFUSED_NAME);
        assertThat(admin().queryParam("status", "ANY").queryParam("stream", course.id()).get(PARKED).then()
                .statusCode(200).extract().jsonPath().getList("parkedEvents.id")).containsExactlyInAnyOrder(bad, waiting);
    }

    @Test
    @Order(4)
    void the_operations_endpoints_answer_bad_requests_with_the_field_named() {
        admin().queryParam("status", "LOST").queryParam("reason", "bored").queryParam("limit", "0").get(PARKED)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("status", "reason", "limit"));
        admin().post(PARKED + "/not-an-id/replay").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        admin().post(PARKED + "/guidance-events:0:999999999/replay").then().statusCode(404);
        admin().contentType("application/json").body(Map.of()).post(PARKED + "/replay").then().statusCode(400);
        admin().contentType("application/json").body(Map.of("all", true, "stream", "x")).post(PARKED + "/replay")
                .then().statusCode(400);
    }

    @Test
    @Order(5)
    void a_connection_lost_in_the_middle_of_a_batch_is_retried_and_parks_nothing() {
        double failuresBefore = metric("erhvervshus_projection_batch_failures_total", "kind=\"unavailable\"");
        CourseEvents course = course("88888888").startedOn("2023-02-01");
        AtomicInteger terminated = new AtomicInteger();
        // Hold the courses table, so that the consumer's transaction waits inside; then kill its connection.
        SqlConnection holder = pool.getConnection().await().atMost(Duration.ofSeconds(5));
        try {
            Transaction transaction = holder.begin().await().atMost(Duration.ofSeconds(5));
            holder.query("lock table courses in access exclusive mode").execute().await().atMost(Duration.ofSeconds(5));
            topic.publish(course.started());
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                pool.query("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'""")
                        .execute().await().atMost(Duration.ofSeconds(5)).forEach(r -> terminated.incrementAndGet());
                return terminated.get() > 0;
            });
            transaction.commit().await().atMost(Duration.ofSeconds(5));
        } finally {
            holder.close().await().atMost(Duration.ofSeconds(5));
        }
        topic.awaitConsumed();

        assertThat(terminated.get()).isPositive();
        assertThat(lastVersion(course.id())).isEqualTo(1);
        assertThat(admin().get(PARKED).then().statusCode(200).extract().jsonPath().getInt("count")).isZero();
        assertThat(metric("erhvervshus_projection_batch_failures_total", "kind=\"unavailable\"")).isGreaterThan(failuresBefore);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(readiness()).containsEntry("status", "UP"));
    }

    @Test
    @Order(100)
    void a_stored_position_the_broker_does_not_have_stops_the_consumer_instead_of_jumping() {
        CourseEvents before = course("99999999").startedOn("2023-02-01");
        topic.publishTo(1, before.started()).awaitConsumed();
        Row position = pool.preparedQuery("select next_offset from consumer_positions where topic = $1 and partition = 1")
                .execute(Tuple.of(Topics.GUIDANCE_EVENTS)).await().atMost(Duration.ofSeconds(5)).iterator().next();
        long stored = position.getLong("next_offset");
        long beyond = stored + 1000;
        try {
            pool.preparedQuery("update consumer_positions set next_offset = $2 where topic = $1 and partition = 1")
                    .execute(Tuple.of(Topics.GUIDANCE_EVENTS, beyond)).await().atMost(Duration.ofSeconds(5));
            admin().post("/api/v1/operations/projection-consumer/restart").then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> check = readiness();
                assertThat(check).containsEntry("status", "DOWN");
                assertThat(check.toString()).contains("guidance-events-1").contains("stored next offset " + beyond)
                        .contains("stored position out of range");
            });
            CourseEvents after = course("10101010").startedOn("2023-02-01");
            topic.publishTo(2, after.started());
            sleep(Duration.ofSeconds(2));
            assertThat(courseIds()).doesNotContain(after.id());
            assertThat(pool.preparedQuery("select next_offset from consumer_positions where topic = $1 and partition = 1")
                    .execute(Tuple.of(Topics.GUIDANCE_EVENTS)).await().atMost(Duration.ofSeconds(5))
                    .iterator().next().getLong("next_offset")).isEqualTo(beyond);
            admin().post(PARKED + "/guidance-events:0:0/replay").then().statusCode(409);
        } finally {
            pool.preparedQuery("update consumer_positions set next_offset = $2 where topic = $1 and partition = 1")
                    .execute(Tuple.of(Topics.GUIDANCE_EVENTS, stored)).await().atMost(Duration.ofSeconds(5));
            admin().post("/api/v1/operations/projection-consumer/restart").then().statusCode(200);
        }
        topic.awaitConsumed();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness()).containsEntry("status", "UP"));
    }

    @Test
    @Order(101)
    void a_stored_position_before_the_log_start_stops_the_consumer_instead_of_skipping_what_was_deleted()
            throws Exception {
        topic.publishTo(1, course("12121212").startedOn("2023-02-01").started())
                .publishTo(1, course("13131313").startedOn("2023-02-01").started())
                .awaitConsumed();
        long stored = nextOffset(1);
        long behind = stored - 2;
        try (Admin kafka = Admin.create(new java.util.HashMap<String, Object>(RealInfraTestResource.broker().adminProperties()))) {
            // As after a reporting-service stopped before the last two records, and a retention
            // (or a deleteRecords) took them meanwhile: they are gone from the broker.
            setNextOffset(1, behind);
            kafka.deleteRecords(Map.of(new TopicPartition(Topics.GUIDANCE_EVENTS, 1), RecordsToDelete.beforeOffset(stored)))
                    .all().get(30, TimeUnit.SECONDS);
            admin().post("/api/v1/operations/projection-consumer/restart").then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> check = readiness();
                assertThat(check).containsEntry("status", "DOWN");
                assertThat(check.toString()).contains("guidance-events-1").contains("stored next offset " + behind)
                        .contains("the broker has offsets " + stored);
            });
            sleep(Duration.ofSeconds(2));
            assertThat(nextOffset(1)).as("never jumps to the log start").isEqualTo(behind);
        } finally {
            setNextOffset(1, stored);
            admin().post("/api/v1/operations/projection-consumer/restart").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness()).containsEntry("status", "UP"));
    }

    private long nextOffset(int partition) {
        return pool.preparedQuery("select next_offset from consumer_positions where topic = $1 and partition = $2")
                .execute(Tuple.of(Topics.GUIDANCE_EVENTS, partition)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong("next_offset");
    }

    private void setNextOffset(int partition, long next) {
        pool.preparedQuery("update consumer_positions set next_offset = $3 where topic = $1 and partition = $2")
                .execute(Tuple.of(Topics.GUIDANCE_EVENTS, partition, next)).await().atMost(Duration.ofSeconds(5));
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.ADMIN, null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readiness() {
        JsonPath health = given().auth().none().get("/q/health/ready").then().extract().jsonPath();
        Map<String, Object> check = health.getMap("checks.find { it.name == 'projection consumer' }");
        Map<String, Object> flat = new java.util.LinkedHashMap<>((Map<String, Object>) check.get("data"));
        flat.put("status", check.get("status"));
        return flat;
    }

    private static String metricsText() {
        return given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series; the labels as Prometheus writes them (sorted by name). */
    private static double metric(String name, String labels) {
        String prefix = name + "{" + labels + "}";
        String prefixWithMore = name + "{" + labels + ",";
        for (String line : metricsText().split("\n")) {
            if (line.startsWith(prefix) || line.startsWith(prefixWithMore)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private List<String> courseIds() {
        return pool.query("select course_id from courses").execute().await().atMost(Duration.ofSeconds(5))
                .stream().map(r -> r.getString("course_id")).toList();
    }

    private long lastVersion(String courseId) {
        return courseRow(courseId).getLong("last_version");
    }

    private Row courseRow(String courseId) {
        var rows = pool.preparedQuery("select * from courses where course_id = $1").execute(Tuple.of(courseId))
                .await().atMost(Duration.ofSeconds(5));
        assertThat(rows.size()).as("course " + courseId + " is stored").isEqualTo(1);
        return rows.iterator().next();
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(Duration.ofSeconds(10));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
