package dk.erhvervshus.security.probe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What a secured service answers for every kind of caller, on a probe resource. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class SecurityAnswersTest {

    @Test
    void no_token_is_a_401_problem_with_a_bearer_challenge() {
        given().get("/probe/houses/nordjylland").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://erhvervshus.dk/problems/unauthorized"));
    }

    @Test
    void an_expired_or_foreign_token_is_a_401_invalid_token() {
        for (String token : new String[]{TestKeys.expired("nordjylland", "dashboard"),
                TestKeys.foreign("nordjylland", "dashboard"), "not.a.jwt"}) {
            given().auth().oauth2(token).get("/probe/houses/nordjylland").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void the_own_house_is_served_with_the_subject() {
        given().auth().oauth2(TestKeys.token("nordjylland", "dashboard")).get("/probe/houses/nordjylland")
                .then().statusCode(200).body(equalTo("probe-client"));
    }

    @Test
    void another_house_is_a_403_naming_both() {
        given().auth().oauth2(TestKeys.token("nordjylland", "dashboard")).get("/probe/houses/midtjylland")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://erhvervshus.dk/problems/forbidden"))
                .body("detail", containsString("'nordjylland', not 'midtjylland'"));
    }

    @Test
    void a_national_token_reads_every_house() {
        given().auth().oauth2(TestKeys.token(null, "national")).get("/probe/houses/midtjylland")
                .then().statusCode(200);
    }

    @Test
    void a_house_bound_role_without_a_house_is_refused() {
        given().auth().oauth2(TestKeys.token(null, "dashboard")).get("/probe/houses/nordjylland")
                .then().statusCode(403).body("detail", containsString("must name its house"));
    }

    @Test
    void the_wrong_role_is_a_403_naming_the_role_needed() {
        given().auth().oauth2(TestKeys.token("nordjylland", "crm-integration")).get("/probe/houses/nordjylland")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("this operation needs role dashboard or national; the token has crm-integration"));
    }

    @Test
    void register_figures_need_a_token_confined_to_no_house() {
        given().auth().oauth2(TestKeys.token(null, "survey-feed")).get("/probe/figures").then().statusCode(200);
        given().auth().oauth2(TestKeys.token("nordjylland", "survey-feed")).get("/probe/figures")
                .then().statusCode(403).body("detail", containsString("belong to no house"));
    }

    @Test
    void an_endpoint_without_a_rule_is_closed() {
        given().auth().oauth2(TestKeys.token("nordjylland", "dashboard")).get("/probe/forgotten").then().statusCode(403);
        given().get("/probe/forgotten").then().statusCode(401);
    }

    @Test
    void the_openapi_document_stays_open_and_names_roles_and_answers() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String op = "paths.'/probe/houses/{house}'.get";
        assertThat(doc.getList(op + ".x-roles", String.class)).containsExactlyInAnyOrder("dashboard", "national");
        assertThat(doc.getMap(op + ".responses")).containsKeys("401", "403");
        assertThat(doc.getMap(op + ".responses.'401'.content")).containsKey("application/problem+json");
        assertThat(doc.getMap(op + ".responses.'401'.headers")).containsKey("WWW-Authenticate");
        assertThat(doc.getMap(op + ".responses.'403'.content")).containsKey("application/problem+json");
        assertThat(doc.getString(op + ".description")).contains("Roles: ");
    }
}
