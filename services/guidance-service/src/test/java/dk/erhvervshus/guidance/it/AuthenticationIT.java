package dk.erhvervshus.guidance.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.guidance.it.Courses.newCourseId;
import static dk.erhvervshus.guidance.it.Courses.registration;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What a caller without a valid token, or with the wrong one, is told; and what stays open. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "guidance"))
class AuthenticationIT {

    private static final String COURSES = "/api/v1/guidance-courses";
    private static final String PROBLEMS = "https://erhvervshus.dk/problems/";

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() {
        given().auth().none().contentType(ContentType.JSON).body(registration(newCourseId())).post(COURSES).then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"erhvervshus\""))
                .body("type", equalTo(PROBLEMS + "unauthorized"));
        given().auth().none().get(COURSES + "/" + newCourseId()).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void an_expired_or_foreign_token_is_a_401_invalid_token() {
        for (String token : List.of(RealInfraTestResource.tokens().expiredToken("crm-integration", "nordjylland"),
                RealInfraTestResource.tokens().foreignKeyToken("crm-integration", "nordjylland"))) {
            given().auth().oauth2(token).get(COURSES + "/" + newCourseId()).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        }
    }

    @Test
    void a_role_the_operation_does_not_allow_is_a_403_naming_the_role_needed() {
        given().auth().oauth2(Callers.role("dashboard", "nordjylland")).contentType(ContentType.JSON)
                .body(registration(newCourseId())).post(COURSES).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "forbidden"))
                .body("detail", equalTo("this operation needs role crm-integration; the token has dashboard"));
        given().auth().oauth2(Callers.crm("nordjylland")).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .put("/api/v1/houses/nordjylland/years/2023/activities/G8-A1").then()
                .statusCode(403).body("detail", equalTo("this operation needs role house-staff; the token has crm-integration"));
    }

    @Test
    void a_house_bound_token_without_a_house_is_refused_even_for_the_batch() {
        given().auth().oauth2(Callers.role("crm-integration", null)).contentType(ContentType.JSON)
                .body(Map.of("events", List.of())).post("/api/v1/crm/guidance-events").then()
                .statusCode(403).body("detail", equalTo("a token with role crm-integration must name its house in the claim 'house'"));
    }

    @Test
    void health_openapi_and_swagger_ui_answer_without_a_token() {
        given().auth().none().get("/q/health").then().statusCode(200);
        given().auth().none().get("/q/openapi").then().statusCode(200);
        given().auth().none().get("/q/swagger-ui/").then().statusCode(200);
    }
}
