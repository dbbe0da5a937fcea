package dk.erhvervshus.survey.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Whatever arrives, a malformed request is a 4xx problem document that says what is wrong, never a
 * 500, and nothing of it is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class MalformedInputIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.response.ValidatableResponse postJson(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/survey-responses", "/api/v1/awareness-surveys", "/api/v1/referrals",
            "/api/v1/referrals/REF-1/outcome", "/api/v1/company-figures", "/api/v1/effect-cohorts"})
    void json_that_does_not_parse_an_empty_body_and_a_wrong_content_type_are_4xx_problems(String path) {
        long before = new EventTables(dataSource).events();

        postJson(path, "{\"house\": \"nordjylland\",").statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://erhvervshus.dk/problems/malformed-request"));
        given().contentType(ContentType.JSON).post(path).then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("errors[0].field", equalTo("body"));
        given().contentType("text/plain").body("hello").post(path).then().statusCode(415)
                .contentType(startsWith(PROBLEM_JSON));

        assertThat(new EventTables(dataSource).events()).isEqualTo(before);
    }

    @Test
    void a_value_of_the_wrong_shape_is_named_by_its_path() {
        String surveyId = newId("KM");
        Map<String, Object> awareness = Bodies.awareness(surveyId);
        awareness.put("house", Map.of("id", "nordjylland"));
        given().contentType(ContentType.JSON).body(awareness).post("/api/v1/awareness-surveys").then()
                .statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("errors[0].field", equalTo("house"));

        String cohortId = newId("C");
        Map<String, Object> cohort = Bodies.cohort(cohortId, List.of(Bodies.cvr()), List.of(Bodies.cvr()));
        cohort.put("treated", List.of(Bodies.cvr(), Map.of("cvr", "13585628")));
        given().contentType(ContentType.JSON).body(cohort).post("/api/v1/effect-cohorts").then()
                .statusCode(400).body("errors[0].field", equalTo("treated[1]"));

        String responseId = newId("ES");
        Map<String, Object> response = Bodies.response(responseId);
        response.put("recommendScore", List.of(9));
        given().contentType(ContentType.JSON).body(response).post("/api/v1/survey-responses").then()
                .statusCode(400).body("errors[0].field", equalTo("recommendScore"));

        EventTables tables = new EventTables(dataSource);
        assertThat(tables.eventsOf(Bodies.awarenessStream(surveyId)) + tables.eventsOf(Bodies.cohortStream(cohortId))
                + tables.eventsOf(Bodies.responseStream(responseId))).isZero();
    }

    @Test
    void a_body_that_is_neither_object_nor_array_is_named() {
        postJson("/api/v1/survey-responses", "\"ES-1\"").statusCode(400).body("errors[0].field", equalTo("body"));
        postJson("/api/v1/awareness-surveys", "[]").statusCode(400).contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void an_oversized_json_body_is_413_whether_its_length_is_announced_or_not() {
        String huge = "[" + "{\"responseId\": \"x\"},".repeat(120_000) + "{}]";

        postJson("/api/v1/survey-responses", huge).statusCode(413).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://erhvervshus.dk/problems/payload-too-large"));
        given().contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/v1/company-figures").then().statusCode(413).contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void an_unknown_path_and_a_wrong_method_are_problems_too() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
        given().get("/api/v1/awareness-surveys").then().statusCode(405).contentType(startsWith(PROBLEM_JSON));
        given().queryParam("house", "nordjylland").get("/api/v1/survey-responses/" + newId("ES")).then().statusCode(404)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("type", equalTo("https://erhvervshus.dk/problems/not-found"));
        given().contentType(ContentType.JSON).body(Bodies.outcome(true, "2023-12-01"))
                .post("/api/v1/referrals/figures:1:2/outcome").then().statusCode(400)
                .body("errors.field", hasItem("referralId"));
    }
}
