package dk.erhvervshus.e2e;

import dk.erhvervshus.stack.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live goals through the whole system, with two reporting-service instances sharing the partitions
 * and the read models: a write's Consistency-Token makes the next read on either instance include
 * it (also while the projection is slowed down on purpose); a token that cannot be met is 503 with
 * Retry-After; every goal change reaches the open streams of both instances, and a stream resumed
 * with Last-Event-ID misses nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveGoalsEndToEndTest {

    private static final String STREAM = GoalsApi.GOALS + "/stream";
    private static final String UNIQUE = "G11-UNIQUE-COMPANIES";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private static RunningSystem system;
    private static ServiceProcess second;
    private static int registered;

    @BeforeAll
    static void startTheSystem() {
        system = RunningSystem.start();
        second = system.startSecondReportingInstance();
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void a_read_with_the_token_of_a_write_always_sees_it_on_either_instance() {
        for (int i = 0; i < 200; i++) {
            String token = registerCourse();
            ServiceProcess reader = i % 2 == 0 ? system.reporting : second;
            assertThat(uniqueCompanies(reader, token)).as("read %d on %s", i, reader.name())
                    .isEqualByComparingTo(BigDecimal.valueOf(registered));
        }
    }

    @Test
    @Order(2)
    void the_token_holds_while_the_projection_is_slowed_down() throws SQLException {
        try (Connection connection = system.connect("reporting"); Statement sql = connection.createStatement()) {
            // Every new course version takes 0.3 s more to store: the projection lags behind the writes.
            sql.execute("create or replace function e2e_slow_down() returns trigger language plpgsql as "
                    + "$$ begin perform pg_sleep(0.3); return new; end $$");
            sql.execute("create trigger e2e_slow_down before insert on course_versions for each row "
                    + "execute function e2e_slow_down()");
            try {
                for (int i = 0; i < 10; i++) {
                    String token = registerCourse();
                    assertThat(uniqueCompanies(i % 2 == 0 ? second : system.reporting, token))
                            .isEqualByComparingTo(BigDecimal.valueOf(registered));
                }
            } finally {
                sql.execute("drop trigger e2e_slow_down on course_versions");
            }
        }
    }

    @Test
    @Order(3)
    void a_token_that_cannot_be_met_in_time_is_503_with_retry_after() {
        String neverWritten = "w1." + UUID.randomUUID() + ".1";
        Response answer = system.as(Caller.DASHBOARD, system.reporting).header("Consistency-Token", neverWritten)
                .get(GoalsApi.GOALS);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).endsWith("/not-yet-applied");

        Response malformed = system.as(Caller.DASHBOARD, second).header("Consistency-Token", "not-a-token")
                .get(GoalsApi.GOALS);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.jsonPath().getList("errors.field")).containsExactly("Consistency-Token");
    }

    @Test
    @Order(4)
    void a_write_reaches_the_open_streams_of_both_instances_and_a_resumed_stream_misses_nothing() {
        String token = system.token(Caller.DASHBOARD);
        try (GoalStream first = GoalStream.open(system.reporting.baseUrl(), STREAM, token, null);
             GoalStream other = GoalStream.open(second.baseUrl(), STREAM, token, null)) {
            settle(first, other);
            registerCourse();

            GoalStream.Event onFirst = untilUniqueCompanies(first, registered);
            GoalStream.Event onOther = untilUniqueCompanies(other, registered);
            assertThat(onFirst.id()).isEqualTo(onOther.id());
            assertThat(onFirst.name()).isEqualTo("goal-changed");

            // The other stream goes away; two more writes happen; it comes back with Last-Event-ID.
            other.close();
            registerCourse();
            registerCourse();
            untilUniqueCompanies(first, registered);
            first.drain(Duration.ofSeconds(2));

            try (GoalStream resumed = GoalStream.open(second.baseUrl(), STREAM, token, onOther.id())) {
                assertThat(untilUniqueCompanies(resumed, registered).id()).isGreaterThan(onOther.id());
                resumed.drain(Duration.ofSeconds(2));
                List<Long> resumedIds = resumed.received();
                assertThat(resumedIds).isSorted().doesNotHaveDuplicates().allMatch(id -> id > onOther.id());
                assertThat(resumedIds).containsAll(first.receivedAfter(onOther.id()));
            }
        }
    }

    /** Registers a course of a new company at guidance-service and answers the write's Consistency-Token. */
    private static String registerCourse() {
        registered++;
        String cvr = Cvrs.nth(70_000 + registered);
        Response answer = system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(Map.ofEntries(
                        Map.entry("courseId", "live-" + registered), Map.entry("house", "nordjylland"),
                        Map.entry("cvr", cvr), Map.entry("companyName", "Live " + registered + " ApS"),
                        Map.entry("municipalityCode", "851"), Map.entry("category", "GROWTH"),
                        Map.entry("themes", List.of("INNOVATION")), Map.entry("startedOn", "2023-03-01"),
                        Map.entry("sustainabilityWheelUsed", false), Map.entry("enrolledInEvaluation", true),
                        Map.entry("origin", "DIRECT")))
                .post("/api/v1/guidance-courses");
        assertThat(answer.statusCode()).isEqualTo(201);
        String token = answer.header("Consistency-Token");
        assertThat(token).isNotBlank();
        return token;
    }

    private static BigDecimal uniqueCompanies(ServiceProcess reporting, String token) {
        JsonPath goals = system.as(Caller.DASHBOARD, reporting).header("Consistency-Token", token)
                .get(GoalsApi.GOALS).then().statusCode(200).extract().jsonPath();
        return GoalsApi.actual(goals, UNIQUE);
    }

    /** The first event on the stream that shows the unique companies at {@code count}. */
    private static GoalStream.Event untilUniqueCompanies(GoalStream stream, int count) {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            GoalStream.Event event = stream.next(Duration.ofSeconds(1));
            if (event != null && event.data().contains("\"id\":\"" + UNIQUE + "\"")
                    && new JsonPath(event.data()).getInt("actual") == count) {
                return event;
            }
        }
        throw new AssertionError("no goal-changed event with " + UNIQUE + " = " + count + " within " + EVENT_WAIT);
    }

    /** Both streams are open and answered before the write, so the change is live on both. */
    private static void settle(GoalStream... streams) {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        for (GoalStream stream : streams) {
            while (stream.status() == 0 && System.nanoTime() < deadline) {
                sleep(50);
            }
            assertThat(stream.status()).isEqualTo(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
