package dk.erhvervshus.survey.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The published OpenAPI document describes the v1 contract's survey-service section, the CSV upload included. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class OpenApiIT {

    @Test
    void every_contract_path_is_documented_and_the_import_takes_csv() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getMap("paths").keySet()).contains("/api/v1/survey-responses",
                "/api/v1/survey-responses/import", "/api/v1/survey-responses/{responseId}",
                "/api/v1/awareness-surveys", "/api/v1/referrals", "/api/v1/referrals/{referralId}/outcome",
                "/api/v1/company-figures", "/api/v1/effect-cohorts");
        JsonPath importBody = new JsonPath(openApi.prettify())
                .setRootPath("paths.'/api/v1/survey-responses/import'.post.requestBody");
        assertThat(importBody.getMap("content").keySet()).contains("text/csv", "application/octet-stream");
        assertThat(importBody.getString("description")).contains("';'-separated", "Windows-1252");
        assertThat(openApi.getMap("components.schemas").keySet()).contains("SurveyResponse", "ImportAnswer",
                "SurveyResponseBatchAnswer", "CompanyFiguresAnswer", "Problem");
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
