package dk.erhvervshus.guidance.it;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.eventstore.testing.TopicLimit;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.security.testing.AccessMatrix;
import dk.erhvervshus.security.testing.AccessMatrix.Rule;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.guidance.it.Courses.crmEvent;
import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the service's OpenAPI document × every kind of caller (no token, expired,
 * foreign signature, each role of nordjylland, of another house and of no house) against the
 * designed rule of the README's table. The operations come from the document, so a new endpoint
 * without a rule here fails this test. Every request succeeds for nordjylland's callers.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class AccessMatrixIT {

    private static final String HOUSE = "nordjylland";
    private static final String OTHER_HOUSE = FixtureHouses.TESTHUS;

    private static final AccessMatrix.Tokens TOKENS = new AccessMatrix.Tokens() {
        public String valid(String role, String house) {
            return RealInfraTestResource.tokens().token(role, house);
        }

        public String expired(String role, String house) {
            return RealInfraTestResource.tokens().expiredToken(role, house);
        }

        public String signedByAnotherKey(String role, String house) {
            return RealInfraTestResource.tokens().foreignKeyToken(role, house);
        }
    };

    @Inject
    AgroalDataSource dataSource;

    /**
     * A real dead letter for the operations endpoints: a course registered while guidance-events takes
     * no record of its size, so the broker refuses it for good.
     */
    private long deadLetter() {
        String courseId = newCourseId();
        EventTables tables = new EventTables(dataSource);
        try (TopicLimit limit = TopicLimit.lower(Topics.GUIDANCE_EVENTS, 100)) {
            given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                    .then().statusCode(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> tables.deadLettersOf(courseId) == 1);
        }
        return tables.deadLetterPositionOf(courseId);
    }

    private static String registeredCourse() {
        String courseId = newCourseId();
        given().contentType(ContentType.JSON).body(registration(courseId)).post("/api/v1/guidance-courses")
                .then().statusCode(201);
        return courseId;
    }

    @Test
    void every_operation_answers_every_caller_as_designed() {
        long deadLetter = deadLetter();
        String read = registeredCourse();
        String completed = registeredCourse();
        String retracted = registeredCourse();
        JsonPath document = given().auth().none().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        AccessMatrix.Report report = AccessMatrix.of(document)
                .rule("registerGuidanceCourse", Rule.roles(Roles.CRM_INTEGRATION)
                        .json(() -> registration(newCourseId())))
                .rule("completeGuidanceCourse", Rule.roles(Roles.CRM_INTEGRATION).path("courseId", completed)
                        .json(() -> Map.of("completedOn", "2023-06-30")))
                .rule("retractGuidanceCourse", Rule.roles(Roles.CRM_INTEGRATION).path("courseId", retracted)
                        .json(() -> Map.of("reason", "registered in error")))
                .rule("getGuidanceCourse", Rule.roles(Roles.CRM_INTEGRATION, Roles.HOUSE_STAFF).path("courseId", read))
                .rule("listGuidanceCourseEvents", Rule.roles(Roles.CRM_INTEGRATION, Roles.HOUSE_STAFF)
                        .path("courseId", read))
                .rule("receiveCrmGuidanceEvents", Rule.roles(Roles.CRM_INTEGRATION)
                        .json(() -> Map.of("events", List.of(
                                crmEvent("sf-" + UUID.randomUUID(), "COURSE_STARTED", registration(newCourseId())),
                                crmEvent("sf-" + UUID.randomUUID(), "COURSE_RETRACTED",
                                        Map.of("courseId", read, "reason", "registered in error")))))
                        // another house's token: both items rejected (403, HouseIsolationIT); its own: none
                        .eachItem("results.findAll { it.status == 'rejected' }.size()", 2))
                .rule("reportGoalActivityStatus", Rule.roles(Roles.HOUSE_STAFF)
                        .path("house", HOUSE).path("year", 2023).path("activityId", "G8-A1")
                        .json(() -> Map.of("status", "IN_PROGRESS")))
                // operations: an admin token without a house claim (records of every house)
                .rule("listOutboxDeadLetters", Rule.roles(Roles.ADMIN).ofNoHouse())
                .rule("retryOutboxDeadLetter", Rule.roles(Roles.ADMIN).ofNoHouse().path("position", deadLetter))
                .run(TOKENS, HOUSE, OTHER_HOUSE);

        System.out.println("guidance-service access matrix: " + report.calls() + " calls (9 operations x "
                + "(3 invalid tokens + 6 roles x 3 house claims)), " + report.mismatches().size() + " not as designed");
        assertThat(report.mismatches()).isEmpty();
        assertThat(report.calls()).isEqualTo(9 * (3 + 6 * 3));
    }
}
