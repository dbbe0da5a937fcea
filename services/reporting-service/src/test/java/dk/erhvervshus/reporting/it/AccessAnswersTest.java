package dk.erhvervshus.reporting.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may read which house's goals, with real signed tokens: no token is a 401 with a bearer
 * challenge, a token of another house a 403 naming both houses (checked before the path is
 * resolved), and health, the OpenAPI document and Swagger UI stay open.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class AccessAnswersTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://erhvervshus.dk/problems/";

    private static String token(String role, String house) {
        return RealInfraTestResource.tokens().token(role, house);
    }

    @ParameterizedTest
    @ValueSource(strings = {"goals", "goals/G1-NEW-COMPANIES", "municipalities"})
    void without_a_token_the_goals_are_a_401_problem_with_a_bearer_challenge(String what) {
        given().auth().none().get("/api/v1/houses/nordjylland/years/2023/" + what).then()
                .statusCode(401).contentType(startsWith(PROBLEM_JSON))
                .header("WWW-Authenticate", startsWith("Bearer realm="))
                .body("type", equalTo(TYPES + "unauthorized"));
    }

    @Test
    void an_expired_token_is_a_401_invalid_token() {
        given().auth().oauth2(RealInfraTestResource.tokens().expiredToken("dashboard", "nordjylland"))
                .get("/api/v1/houses/nordjylland/years/2023/goals").then()
                .statusCode(401).header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dashboard", "house-staff"})
    void a_house_reads_its_own_goals(String role) {
        given().auth().oauth2(token(role, "nordjylland")).get("/api/v1/houses/nordjylland/years/2023/goals").then()
                .statusCode(200).body("house", equalTo("nordjylland"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"goals", "goals/G1-NEW-COMPANIES", "municipalities"})
    void a_token_for_nordjylland_gets_403_naming_both_houses_for_midtjyllands_goals(String what) {
        given().auth().oauth2(token("dashboard", "nordjylland")).get("/api/v1/houses/midtjylland/years/2023/" + what)
                .then().statusCode(403).contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPES + "forbidden"))
                .body("detail", equalTo("the token is for house 'nordjylland', not 'midtjylland'"));
    }

    @Test
    void another_house_is_403_before_its_path_is_judged_so_nothing_about_it_leaks() {
        // Midtjylland has no 2023 catalogue, an implausible year is a 400, an unknown house a 404:
        // a Nordjylland token learns none of it.
        String nordjylland = token("house-staff", "nordjylland");
        for (String path : List.of("/api/v1/houses/midtjylland/years/2023/goals/G99-NOTHING",
                "/api/v1/houses/midtjylland/years/1999/goals", "/api/v1/houses/atlantis/years/2023/goals")) {
            given().auth().oauth2(nordjylland).queryParam("asOf", "not-a-date").get(path).then()
                    .statusCode(403).body("type", equalTo(TYPES + "forbidden"));
        }
    }

    @Test
    void a_national_token_reads_every_house_and_gets_the_usual_404_for_an_unknown_one() {
        String national = token("national", null);
        given().auth().oauth2(national).get("/api/v1/houses/nordjylland/years/2023/goals").then().statusCode(200);
        given().auth().oauth2(national).get("/api/v1/houses/atlantis/years/2023/goals").then()
                .statusCode(404).body("type", equalTo(TYPES + "not-found")).body("errors[0].field", equalTo("house"));
    }

    @Test
    void a_dashboard_token_without_a_house_is_refused_rather_than_read_as_every_house() {
        given().auth().oauth2(token("dashboard", null)).get("/api/v1/houses/nordjylland/years/2023/goals").then()
                .statusCode(403).body("detail", containsString("must name its house"));
    }

    @Test
    void a_role_that_does_not_read_goals_is_a_403_naming_the_roles_that_do() {
        given().auth().oauth2(token("crm-integration", "nordjylland")).get("/api/v1/houses/nordjylland/years/2023/goals")
                .then().statusCode(403)
                .body("detail", equalTo("this operation needs role dashboard or house-staff or national; "
                        + "the token has crm-integration"));
    }

    @Test
    void health_openapi_and_swagger_ui_need_no_token() {
        given().auth().none().get("/q/health/live").then().statusCode(200);
        // Ready or not (the consumer may still be starting), it answers without a token.
        given().auth().none().get("/q/health/ready").then().statusCode(anyOf(equalTo(200), equalTo(503)));
        given().auth().none().get("/q/openapi").then().statusCode(200);
        given().auth().none().get("/q/swagger-ui").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void the_openapi_document_names_each_operations_roles_and_its_answers() {
        JsonPath doc = given().auth().none().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/api/v1/houses/{house}/years/{year}/goals",
                "/api/v1/houses/{house}/years/{year}/goals/{goalId}", "/api/v1/houses/{house}/years/{year}/municipalities")) {
            String op = "paths.'" + path + "'.get";
            assertThat(doc.getList(op + ".x-roles", String.class)).containsExactlyInAnyOrder("dashboard", "house-staff", "national");
            assertThat(doc.getMap(op + ".responses")).containsKeys("200", "400", "401", "403", "404");
            assertThat(doc.getString(op + ".responses.'200'.content.'application/json'.schema.$ref")).isNotBlank();
            for (String status : List.of("400", "401", "403", "404")) {
                assertThat(doc.getMap(op + ".responses.'" + status + "'.content")).containsKey(PROBLEM_JSON);
            }
            assertThat(doc.getMap(op + ".responses.'401'.headers")).containsKey("WWW-Authenticate");
        }
    }

    @Test
    void a_national_token_lists_every_house_with_its_catalogue_years_and_a_house_reads_its_own() {
        given().auth().oauth2(token("national", null)).get("/api/v1/houses").then().statusCode(200)
                .body("houses.id", contains("nordjylland", "midtjylland", "sydjylland", "fyn", "sjaelland", "hovedstaden"))
                .body("houses.find { it.id == 'nordjylland' }.name", equalTo("Erhvervshus Nordjylland"))
                .body("houses.find { it.id == 'nordjylland' }.years", contains(2023))
                .body("houses.find { it.id == 'fyn' }.years", empty());

        given().auth().oauth2(token("dashboard", "nordjylland")).get("/api/v1/houses/nordjylland").then().statusCode(200)
                .body("id", equalTo("nordjylland")).body("years", contains(2023));
        given().auth().oauth2(token("dashboard", "nordjylland")).get("/api/v1/houses").then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON));
        given().auth().oauth2(token("national", "nordjylland")).get("/api/v1/houses").then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON)).body("detail", containsString("/api/v1/houses/nordjylland"));
        given().auth().oauth2(token("dashboard", "nordjylland")).get("/api/v1/houses/fyn").then().statusCode(403);
        given().auth().oauth2(token("national", null)).get("/api/v1/houses/atlantis").then().statusCode(404)
                .contentType(startsWith(PROBLEM_JSON)).body("errors[0].field", equalTo("house"));
    }
}
