package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.eventstore.testing.TopicLimit;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.security.testing.AccessMatrix;
import dk.erhvervshus.security.testing.AccessMatrix.Rule;
import dk.erhvervshus.stack.JwtIssuer;
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

import static dk.erhvervshus.survey.it.Bodies.NORDJYLLAND;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every operation of the published OpenAPI document, called by every kind of caller (no token, an
 * expired one, one signed by another key, and each role for Nordjylland, for another house and for
 * no house), against the access rules of the README. A new operation without a rule here fails.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class AccessMatrixIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final AccessMatrix.Tokens TOKENS = new AccessMatrix.Tokens() {
        public String valid(String role, String house) {
            return issuer().token(role, house);
        }

        public String expired(String role, String house) {
            return issuer().expiredToken(role, house);
        }

        public String signedByAnotherKey(String role, String house) {
            return issuer().foreignKeyToken(role, house);
        }
    };

    @Inject
    AgroalDataSource dataSource;

    private static JwtIssuer issuer() {
        return RealInfraTestResource.tokens();
    }

    /**
     * A real dead letter for the operations endpoints: an awareness survey recorded while
     * survey-events takes no record of its size, so the broker refuses it for good.
     */
    private long deadLetter() {
        String surveyId = newId("KM");
        EventTables tables = new EventTables(dataSource);
        try (TopicLimit limit = TopicLimit.lower(Topics.SURVEY_EVENTS, 100)) {
            given().contentType(ContentType.JSON).body(Bodies.awareness(surveyId)).post("/api/v1/awareness-surveys")
                    .then().statusCode(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> tables.deadLettersOf(Bodies.awarenessStream(surveyId)) == 1);
        }
        return tables.deadLetterPositionOf(Bodies.awarenessStream(surveyId));
    }

    @Test
    void every_operation_answers_every_caller_as_designed() {
        long deadLetter = deadLetter();
        String recordedResponse = newId("ES");
        given().contentType(ContentType.JSON).body(Bodies.response(recordedResponse)).post("/api/v1/survey-responses")
                .then().statusCode(201);
        String madeReferral = newId("REF");
        given().contentType(ContentType.JSON).body(Bodies.referral(madeReferral)).post("/api/v1/referrals")
                .then().statusCode(201);
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        AccessMatrix.Report report = AccessMatrix.of(document)
                .rule("recordSurveyResponses", Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> Bodies.response(newId("ES"))))
                .rule("importSurveyResponses", Rule.roles(Roles.SURVEY_FEED)
                        .body("text/csv", () -> Bodies.windows1252(Bodies.HEADER, Bodies.row(newId("ES"))))
                        .eachItem("summary.rejected", 1))
                .rule("getSurveyResponse", Rule.roles(Roles.SURVEY_FEED, Roles.HOUSE_STAFF)
                        .path("responseId", recordedResponse).query("house", NORDJYLLAND))
                .rule("recordAwarenessSurvey", Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> Bodies.awareness(newId("KM"))))
                .rule("recordReferral", Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> Bodies.referral(newId("REF"))))
                .rule("reportReferralOutcome", Rule.roles(Roles.SURVEY_FEED)
                        .path("referralId", madeReferral).json(() -> Bodies.outcome(true, "2023-12-01")))
                .rule("reportCompanyFigures", Rule.roles(Roles.SURVEY_FEED).ofNoHouse()
                        .json(() -> List.of(Bodies.figures(Bodies.cvr(), 2022, 1_000_000, 10))))
                .rule("defineEffectCohort", Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> Bodies.cohort(newId("C"), List.of(Bodies.cvr()), List.of(Bodies.cvr()))))
                // operations: an admin token without a house claim (records of every house)
                .rule("listOutboxDeadLetters", Rule.roles(Roles.ADMIN).ofNoHouse())
                .rule("retryOutboxDeadLetter", Rule.roles(Roles.ADMIN).ofNoHouse().path("position", deadLetter))
                .run(TOKENS, NORDJYLLAND, FixtureHouses.TESTHUS);

        System.out.println("survey-service access matrix: " + report.calls() + " calls, "
                + report.mismatches().size() + " not as designed");
        assertThat(report.mismatches()).isEmpty();
        // 10 operations × (3 refused tokens + 6 roles × 3 house claims)
        assertThat(report.calls()).isEqualTo(10 * 21);
    }

    @Test
    void a_request_without_a_token_is_a_401_problem_with_a_bearer_challenge() {
        given().auth().none().contentType(ContentType.JSON).body(Bodies.awareness(newId("KM")))
                .post("/api/v1/awareness-surveys").then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .header("WWW-Authenticate", startsWith("Bearer realm="))
                .body("type", equalTo("https://erhvervshus.dk/problems/unauthorized"));
    }

    @Test
    void a_403_says_which_role_or_which_houses() {
        given().auth().oauth2(issuer().token(Roles.DASHBOARD, NORDJYLLAND)).contentType(ContentType.JSON)
                .body(Bodies.awareness(newId("KM"))).post("/api/v1/awareness-surveys").then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON))
                .body("detail", containsString("needs role survey-feed"));
        given().auth().oauth2(issuer().token(Roles.SURVEY_FEED, FixtureHouses.TESTHUS)).contentType(ContentType.JSON)
                .body(Bodies.awareness(newId("KM"))).post("/api/v1/awareness-surveys").then().statusCode(403)
                .body("detail", equalTo("the token is for house 'testhus', not 'nordjylland'"));
    }

    @Test
    void health_openapi_and_swagger_ui_stay_open() {
        given().auth().none().get("/q/health").then().statusCode(200);
        given().auth().none().get("/q/openapi").then().statusCode(200);
        given().auth().none().get("/q/swagger-ui/").then().statusCode(200);
    }
}
