package dk.erhvervshus.security.probe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes what authentication adds to every secured operation. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class SecuredOperationsTest {

    @Test
    void a_secured_operation_documents_its_401_and_403_as_problems_and_its_roles() {
        JsonPath operation = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().setRootPath("paths.'/probe/houses/{house}'.get");

        for (String status : List.of("401", "403")) {
            assertThat(operation.getMap("responses.'" + status + "'.content").keySet()).as(status)
                    .containsExactly("application/problem+json");
        }
        assertThat(operation.getMap("responses.'401'.headers").keySet()).containsExactly("WWW-Authenticate");
        assertThat(operation.getList("x-roles", String.class)).containsExactlyInAnyOrder("dashboard", "national");
        assertThat(operation.getString("description")).endsWith("Roles: dashboard, national.");
    }
}
