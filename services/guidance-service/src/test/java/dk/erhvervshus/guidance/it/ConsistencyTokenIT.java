package dk.erhvervshus.guidance.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes, the write side: every accepted write answers a Consistency-Token whose count is
 * exactly the number of events on guidance-events that carry its writeId, a write that stored
 * nothing answers a token of none, and a repeat answers the original write's token.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class ConsistencyTokenIT {

    private static final String COURSES = "/api/v1/guidance-courses";
    private static final String CRM = "/api/v1/crm/guidance-events";
    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** Every token a test collected, by what it stands for, so that one read of the topic checks them all. */
    private final Map<String, ConsistencyToken> tokens = new LinkedHashMap<>();

    private static ExtractableResponse<Response> post(String path, Object body, int status) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status).extract();
    }

    private static ConsistencyToken tokenOf(ExtractableResponse<Response> answer) {
        String header = answer.header(ConsistencyToken.HEADER);
        assertThat(header).as("Consistency-Token header").isNotNull();
        return ConsistencyToken.parse(header);
    }

    private ConsistencyToken keep(String what, ConsistencyToken token) {
        tokens.put(what, token);
        return token;
    }

    /** Each token's count equals the distinct events on the topic carrying its writeId. */
    private Map<UUID, List<EventEnvelope>> assertEveryTokenCountsItsEventsOnTheTopic() {
        Map<UUID, Integer> expected = new HashMap<>();
        tokens.values().forEach(token -> expected.put(token.writeId(), token.events()));
        Map<UUID, List<EventEnvelope>> published = TopicRecords.ofWrites(Topics.GUIDANCE_EVENTS, expected,
                Duration.ofSeconds(60), SETTLE);
        tokens.forEach((what, token) -> assertThat(published.get(token.writeId()))
                .as("events on the topic of '%s' (%s)", what, token).hasSize(token.events()));
        return published;
    }

    @Test
    void every_write_of_a_course_answers_a_token_that_counts_exactly_its_events_on_the_topic() {
        String courseId = newCourseId();

        ConsistencyToken registered = keep("registration", tokenOf(post(COURSES, registration(courseId), 201)));
        ConsistencyToken sameAgain = keep("the same registration again",
                tokenOf(post(COURSES, registration(courseId), 201)));
        ConsistencyToken completed = keep("completion", tokenOf(post(COURSES + "/" + courseId + "/completion",
                Map.of("completedOn", "2023-06-30"), 200)));
        ConsistencyToken completedAgain = keep("the same completion again", tokenOf(post(COURSES + "/" + courseId
                + "/completion", Map.of("completedOn", "2023-06-30"), 200)));
        ConsistencyToken retracted = keep("retraction", tokenOf(post(COURSES + "/" + courseId + "/retraction",
                Map.of("reason", "registered in error"), 200)));
        ConsistencyToken retractedAgain = keep("retraction again", tokenOf(post(COURSES + "/" + courseId
                + "/retraction", Map.of("reason", "another reason"), 200)));

        assertThat(List.of(registered.events(), sameAgain.events(), completed.events(), completedAgain.events(),
                retracted.events(), retractedAgain.events())).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(tokens.values()).extracting(ConsistencyToken::writeId).doesNotHaveDuplicates();
        Map<UUID, List<EventEnvelope>> published = assertEveryTokenCountsItsEventsOnTheTopic();
        assertThat(published.get(registered.writeId())).singleElement().satisfies(event -> {
            assertThat(event.aggregateId()).isEqualTo(courseId);
            assertThat(event.type()).isEqualTo("guidance.course-started.v1");
        });
        assertThat(published.get(retracted.writeId())).extracting(EventEnvelope::type)
                .containsExactly("guidance.course-retracted.v1");
    }

    @Test
    void the_course_history_shows_the_write_of_each_event() {
        String courseId = newCourseId();
        ConsistencyToken registered = tokenOf(post(COURSES, registration(courseId), 201));
        ConsistencyToken completed = tokenOf(post(COURSES + "/" + courseId + "/completion",
                Map.of("completedOn", "2023-06-30"), 200));

        List<String> writeIds = given().get(COURSES + "/" + courseId + "/events").then().statusCode(200)
                .extract().jsonPath().getList("writeId", String.class);

        assertThat(writeIds).containsExactly(registered.writeId().toString(), completed.writeId().toString());
    }

    @Test
    void a_repeat_with_the_same_idempotency_key_answers_the_original_token() {
        String key = "key-" + UUID.randomUUID();
        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(registration(null)).post(COURSES).then().statusCode(201).extract();
        ExtractableResponse<Response> repeat = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(registration(null)).post(COURSES).then().statusCode(201).extract();

        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tokenOf(repeat)).isEqualTo(tokenOf(first));
        assertThat(tokenOf(first).events()).isEqualTo(1);
        keep("registration under a key", tokenOf(first));
        assertEveryTokenCountsItsEventsOnTheTopic();
    }

    @Test
    void an_activity_report_answers_a_token_of_its_event_and_an_unchanged_one_a_token_of_none() {
        // An activity no other test reports on (RecordedByIT relies on the parity of G9-A1's history).
        String path = "/api/v1/houses/nordjylland/years/2023/activities/G9-A5";
        // Whatever an earlier run left it at, it is PLANNED after this.
        given().contentType(ContentType.JSON).body(Map.of("status", "PLANNED")).put(path).then().statusCode(200);

        ConsistencyToken changed = keep("status change", tokenOf(given().contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS")).put(path).then().statusCode(200).extract()));
        ConsistencyToken unchanged = keep("the same status again", tokenOf(given().contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS")).put(path).then().statusCode(200).extract()));

        assertThat(changed.events()).isEqualTo(1);
        assertThat(unchanged.events()).isZero();
        Map<UUID, List<EventEnvelope>> published = assertEveryTokenCountsItsEventsOnTheTopic();
        assertThat(published.get(changed.writeId())).extracting(EventEnvelope::aggregateId)
                .containsExactly(GoalActivityEvent.aggregateId("nordjylland", 2023, "G9-A5"));
    }

    @Test
    void each_accepted_crm_item_carries_its_own_token_a_duplicate_the_original_one_and_a_rejected_one_none() {
        String courseId = newCourseId();
        String started = "sf-" + UUID.randomUUID();
        String completed = "sf-" + UUID.randomUUID();
        String unchanged = "sf-" + UUID.randomUUID();
        String rejected = "sf-" + UUID.randomUUID();
        Map<String, Object> badCourse = registration(newCourseId());
        badCourse.put("cvr", "13585627");
        Map<String, Object> sameCourse = registration(courseId);

        ExtractableResponse<Response> batch = post(CRM, Map.of("events", List.of(
                crmEvent(started, "COURSE_STARTED", registration(courseId)),
                crmEvent(completed, "COURSE_COMPLETED", Map.of("courseId", courseId, "completedOn", "2023-06-30")),
                crmEvent(unchanged, "COURSE_UPDATED", sameCourse),
                crmEvent(rejected, "COURSE_STARTED", badCourse))), 200);
        JsonPath answer = batch.jsonPath();

        assertThat(answer.getList("results.status", String.class))
                .containsExactly("accepted", "accepted", "accepted", "rejected");
        assertThat(batch.header(ConsistencyToken.HEADER)).as("a batch is many writes: no header").isNull();
        assertThat(answer.getString("results[3].consistencyToken")).isNull();
        ConsistencyToken start = keep("CRM start", ConsistencyToken.parse(answer.getString("results[0].consistencyToken")));
        ConsistencyToken completion = keep("CRM completion",
                ConsistencyToken.parse(answer.getString("results[1].consistencyToken")));
        ConsistencyToken noChange = keep("CRM update changing nothing",
                ConsistencyToken.parse(answer.getString("results[2].consistencyToken")));
        assertThat(List.of(start.events(), completion.events(), noChange.events())).containsExactly(1, 1, 0);
        assertThat(start.writeId()).isNotEqualTo(completion.writeId());

        JsonPath resent = post(CRM, Map.of("events", List.of(
                crmEvent(started, "COURSE_STARTED", registration(courseId)))), 200).jsonPath();

        assertThat(resent.getString("results[0].status")).isEqualTo("duplicate");
        assertThat(ConsistencyToken.parse(resent.getString("results[0].consistencyToken"))).isEqualTo(start);
        assertEveryTokenCountsItsEventsOnTheTopic();
    }

    @Test
    void a_refused_write_answers_no_token() {
        Map<String, Object> bad = registration(newCourseId());
        bad.put("cvr", "1");

        String header = given().contentType(ContentType.JSON).body(bad).post(COURSES).then().statusCode(400)
                .extract().header(ConsistencyToken.HEADER);

        assertThat(header).isNull();
    }
}
