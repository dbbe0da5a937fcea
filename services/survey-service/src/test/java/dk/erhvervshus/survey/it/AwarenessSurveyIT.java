package dk.erhvervshus.survey.it;

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

import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.awareness;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class AwarenessSurveyIT {

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/awareness-surveys").then();
    }

    @Test
    void a_survey_is_recorded_and_the_same_result_again_is_a_duplicate() {
        String id = newId("KM");

        post(awareness(id)).statusCode(201)
                .body("surveyId", equalTo(id))
                .body("version", equalTo(1))
                .body("status", equalTo("accepted"));
        post(awareness(id)).statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("duplicate"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.awarenessStream(id))).isEqualTo(1);
    }

    @Test
    void a_resend_without_conducted_on_matches_the_recorded_survey() {
        String id = newId("KM");
        Map<String, Object> withoutDate = awareness(id);
        withoutDate.remove("conductedOn");

        post(withoutDate).statusCode(201);
        post(withoutDate).statusCode(200).body("status", equalTo("duplicate"));
    }

    @Test
    void other_figures_under_a_recorded_survey_id_are_a_conflict_and_store_nothing() {
        String id = newId("KM");
        post(awareness(id)).statusCode(201);
        Map<String, Object> other = awareness(id);
        other.put("awareOfHouse", 530);

        post(other).statusCode(409).body("type", equalTo("https://erhvervshus.dk/problems/conflict"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.awarenessStream(id))).isEqualTo(1);
    }

    @Test
    void impossible_counts_are_named_and_nothing_is_stored() {
        String id = newId("KM");
        Map<String, Object> body = awareness(id);
        body.put("awareOfHouse", 1200);
        body.put("respondents", "many");

        post(body).statusCode(400).body("errors.field", containsInAnyOrder("respondents"));
        body.put("respondents", 1000);
        post(body).statusCode(400).body("errors.field", containsInAnyOrder("awareOfHouse"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.awarenessStream(id))).isZero();
    }
}
