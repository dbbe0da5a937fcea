package dk.erhvervshus.guidance.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static dk.erhvervshus.guidance.it.Courses.testhusRegistration;
import static dk.erhvervshus.guidance.it.FixtureHouses.TESTHUS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Two onboarded houses (nordjylland, and the fixture house testhus) never meet: their identifiers
 * are their own, and neither reads nor changes the other's courses. The usual caller of these tests
 * is nordjylland's (TestCaller); testhus's requests carry their own tokens.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class HouseIsolationIT {

    private static final String COURSES = "/api/v1/guidance-courses";
    private static final String CRM = "/api/v1/crm/guidance-events";
    private static final String FORBIDDEN = "https://erhvervshus.dk/problems/forbidden";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static ValidatableResponse register(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post(COURSES).then();
    }

    private static ValidatableResponse crmBatch(String token, Object... events) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("events", List.of(events)))
                .post(CRM).then().statusCode(200);
    }

    private static String testhusCourse() {
        String courseId = newCourseId();
        given().auth().oauth2(Callers.crm(TESTHUS)).contentType(ContentType.JSON).body(testhusRegistration(courseId))
                .post(COURSES).then().statusCode(201);
        return courseId;
    }

    @Test
    void the_same_idempotency_key_used_by_two_houses_gives_two_courses() {
        String key = "key-" + UUID.randomUUID();

        String nordjyllands = register(Callers.crm("nordjylland"), key, registration(null)).statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("courseId");
        String testhuss = register(Callers.crm(TESTHUS), key, testhusRegistration(null)).statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("courseId");

        assertThat(testhuss).isNotEqualTo(nordjyllands);
        register(Callers.crm(TESTHUS), key, testhusRegistration(null)).statusCode(201)
                .header("Idempotent-Replayed", "true").body("courseId", equalTo(testhuss));
        register(Callers.crm("nordjylland"), key, registration(null)).statusCode(201)
                .header("Idempotent-Replayed", "true").body("courseId", equalTo(nordjyllands));
        assertThat(tables().eventsOf(nordjyllands)).isEqualTo(1);
        assertThat(tables().eventsOf(testhuss)).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_used_by_two_clients_of_one_house_gives_two_courses() {
        String key = "key-" + UUID.randomUUID();

        String first = register(Callers.crm("crm-a", "nordjylland"), key, registration(null)).statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("courseId");
        String second = register(Callers.crm("crm-b", "nordjylland"), key, registration(null)).statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("courseId");

        assertThat(second).isNotEqualTo(first);
        register(Callers.crm("crm-b", "nordjylland"), key, registration(null)).statusCode(201)
                .header("Idempotent-Replayed", "true").body("courseId", equalTo(second));
        // A key is the client's own: another request under it by another client is no conflict either.
        Map<String, Object> other = registration(null);
        other.put("companyName", "Anden ApS");
        register(Callers.crm("crm-c", "nordjylland"), key, other).statusCode(201)
                .header("Idempotent-Replayed", "false");
    }

    @Test
    void the_same_crm_event_id_in_two_houses_is_applied_in_both_and_a_repeat_is_a_duplicate_only_in_its_own() {
        String crmEventId = "sf-" + UUID.randomUUID();
        String nordjyllands = newCourseId();
        String testhuss = newCourseId();
        Map<String, Object> nordjyllandEvent = crmEvent(crmEventId, "COURSE_STARTED", registration(nordjyllands));
        Map<String, Object> testhusEvent = crmEvent(crmEventId, "COURSE_STARTED", testhusRegistration(testhuss));

        crmBatch(Callers.crm("nordjylland"), nordjyllandEvent).body("results[0].status", equalTo("accepted"));
        crmBatch(Callers.crm(TESTHUS), testhusEvent)
                .body("results[0].status", equalTo("accepted"))
                .body("results[0].courseId", equalTo(testhuss));

        crmBatch(Callers.crm(TESTHUS), testhusEvent)
                .body("results[0].status", equalTo("duplicate"))
                .body("results[0].courseId", equalTo(testhuss));
        crmBatch(Callers.crm("nordjylland"), nordjyllandEvent)
                .body("results[0].status", equalTo("duplicate"))
                .body("results[0].courseId", equalTo(nordjyllands));
        assertThat(tables().count("SELECT count(*) FROM crm_events WHERE crm_event_id = ?", crmEventId)).isEqualTo(2);
        assertThat(tables().eventsOf(nordjyllands)).isEqualTo(1);
        assertThat(tables().eventsOf(testhuss)).isEqualTo(1);
    }

    @Test
    void another_houses_course_is_403_for_reading_and_changing_it_and_nothing_is_stored() {
        String courseId = testhusCourse();
        String course = COURSES + "/" + courseId;
        long events = tables().events();

        given().get(course).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("guidance course " + courseId + " belongs to another house than the token's "
                        + "('nordjylland')"));
        given().get(course + "/events").then().statusCode(403).body("type", equalTo(FORBIDDEN))
                .body(not(containsString("13585628")));
        // The course's house is judged before the body: a bad date is still a 403, not a 400.
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "tomorrow")).post(course + "/completion")
                .then().statusCode(403).body("type", equalTo(FORBIDDEN));
        given().contentType(ContentType.JSON).body(Map.of("completedOn", "2023-06-30")).post(course + "/completion")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "not ours")).post(course + "/retraction")
                .then().statusCode(403);
        given().auth().oauth2(Callers.staff("nordjylland")).get(course).then().statusCode(403);

        assertThat(tables().events()).isEqualTo(events);
        given().auth().oauth2(Callers.staff(TESTHUS)).get(course).then().statusCode(200).body("status", equalTo("STARTED"));
    }

    @Test
    void another_houses_course_or_body_as_a_crm_item_is_rejected_403_and_the_batch_goes_on() {
        String theirs = testhusCourse();
        String ours = newCourseId();
        long events = tables().events();

        crmBatch(Callers.crm("nordjylland"),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_COMPLETED", Map.of("courseId", theirs, "completedOn", "2023-06-30")),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_UPDATED", Map.of("courseId", theirs, "companyName", "Vores ApS")),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_RETRACTED", Map.of("courseId", theirs, "reason", "not ours")),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_STARTED", testhusRegistration(newCourseId())),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_STARTED", registration(ours)))
                .body("results.status", contains("rejected", "rejected", "rejected", "rejected", "accepted"))
                .body("results.findAll { it.problem != null }.problem.status", contains(403, 403, 403, 403))
                .body("results[0].problem.type", equalTo(FORBIDDEN))
                .body("results[3].problem.detail", equalTo("the token is for house 'nordjylland', not 'testhus'"));

        assertThat(tables().events()).isEqualTo(events + 1);
        assertThat(tables().eventsOf(theirs)).isEqualTo(1);
        assertThat(tables().eventsOf(ours)).isEqualTo(1);
    }

    @Test
    void a_body_for_another_house_is_403_before_its_fields_are_judged_and_nothing_is_stored() {
        String courseId = newCourseId();
        String key = "key-" + UUID.randomUUID();
        Map<String, Object> badAndForeign = testhusRegistration(courseId);
        badAndForeign.put("cvr", "13585627");
        long events = tables().events();
        long outbox = tables().outboxRows();

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(badAndForeign).post(COURSES).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("the token is for house 'nordjylland', not 'testhus'"));
        given().auth().oauth2(Callers.staff("nordjylland")).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).put("/api/v1/houses/" + TESTHUS + "/years/2023/activities/G8-A1")
                .then().statusCode(403).body("detail", equalTo("the token is for house 'nordjylland', not 'testhus'"));

        assertThat(tables().events()).isEqualTo(events);
        assertThat(tables().outboxRows()).isEqualTo(outbox);
        assertThat(tables().eventsOf(courseId)).isZero();
        assertThat(tables().count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?", key)).isZero();
    }

    @Test
    void a_course_id_another_house_uses_is_a_409_that_tells_nothing_of_that_course() {
        String courseId = newCourseId();
        Map<String, Object> secret = testhusRegistration(courseId);
        secret.put("companyName", "Hemmelig Testvirksomhed ApS");
        secret.put("cvr", "19319970");
        given().auth().oauth2(Callers.crm(TESTHUS)).contentType(ContentType.JSON).body(secret).post(COURSES)
                .then().statusCode(201);

        String registration = given().contentType(ContentType.JSON).body(registration(courseId)).post(COURSES).then()
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("/conflict"))
                .extract().asString();
        String crmItem = crmBatch(Callers.crm("nordjylland"),
                crmEvent("sf-" + UUID.randomUUID(), "COURSE_STARTED", registration(courseId)))
                .body("results[0].status", equalTo("rejected")).body("results[0].problem.status", equalTo(409))
                .extract().asString();

        for (String answer : List.of(registration, crmItem)) {
            assertThat(answer).doesNotContain(TESTHUS, "19319970", "Hemmelig");
        }
        assertThat(tables().eventsOf(courseId)).isEqualTo(1);
    }
}
