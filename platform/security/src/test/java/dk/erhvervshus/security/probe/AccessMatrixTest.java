package dk.erhvervshus.security.probe;

import dk.erhvervshus.security.Roles;
import dk.erhvervshus.security.testing.AccessMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The matrix finds what it is for: an operation without a rule, a rule that disagrees, a wrong answer. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class AccessMatrixTest {

    private static final AccessMatrix.Tokens TOKENS = new AccessMatrix.Tokens() {
        public String valid(String role, String house) {
            return TestKeys.token(house, role);
        }

        public String expired(String role, String house) {
            return TestKeys.expired(house, role);
        }

        public String signedByAnotherKey(String role, String house) {
            return TestKeys.foreign(house, role);
        }
    };

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static AccessMatrix asDesigned() {
        return AccessMatrix.of(document())
                .rule("house", AccessMatrix.Rule.roles(Roles.DASHBOARD, Roles.NATIONAL).path("house", "nordjylland"))
                .rule("figures", AccessMatrix.Rule.roles(Roles.SURVEY_FEED).ofNoHouse())
                .rule("items", AccessMatrix.Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> List.of("nordjylland", "nordjylland")).eachItem("rejected", 2));
    }

    @Test
    void the_probe_answers_every_caller_as_designed_except_the_operation_without_a_rule() {
        AccessMatrix.Report report = asDesigned().run(TOKENS, "nordjylland", "midtjylland");

        // 3 ruled operations × (3 invalid tokens + 6 roles × 3 house claims)
        assertThat(report.calls()).isEqualTo(3 * 21);
        assertThat(report.mismatches()).singleElement().asString()
                .startsWith("forgotten (GET /probe/forgotten) has no access rule");
    }

    @Test
    void a_rule_that_disagrees_with_the_document_or_the_answers_is_reported() {
        AccessMatrix.Report report = AccessMatrix.of(document())
                .rule("house", AccessMatrix.Rule.roles(Roles.DASHBOARD).path("house", "nordjylland"))
                .rule("figures", AccessMatrix.Rule.roles(Roles.SURVEY_FEED))
                .rule("forgotten", AccessMatrix.Rule.roles(Roles.ADMIN))
                .rule("items", AccessMatrix.Rule.roles(Roles.SURVEY_FEED)
                        .json(() -> List.of("nordjylland", "midtjylland")).eachItem("rejected", 2))
                .run(TOKENS, "nordjylland", "midtjylland");

        assertThat(report.mismatches())
                .anySatisfy(m -> assertThat(m).contains("house: the document publishes roles [dashboard, national]"))
                .anySatisfy(m -> assertThat(m).contains("house by national of nordjylland: expected 403, got 200"))
                .anySatisfy(m -> assertThat(m).contains("figures by survey-feed of nordjylland: expected 2xx, got 403"))
                .anySatisfy(m -> assertThat(m).contains("items by survey-feed of nordjylland: expected 2xx, got 200, "
                        + "but rejected was 1, not 0"))
                .anySatisfy(m -> assertThat(m).contains("items by survey-feed of midtjylland: expected 2xx, got 200, "
                        + "but rejected was 1, not 2"));
    }
}
