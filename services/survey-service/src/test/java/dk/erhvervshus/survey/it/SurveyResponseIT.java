package dk.erhvervshus.survey.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.response;
import static dk.erhvervshus.survey.it.Bodies.responseStream;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class SurveyResponseIT {

    private static final String RESPONSES = "/api/v1/survey-responses";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post(RESPONSES);
    }

    private static Response stored(String responseId) {
        return given().queryParam("house", Bodies.NORDJYLLAND).get(RESPONSES + "/" + responseId);
    }

    @Test
    void a_response_is_recorded_once_and_its_resend_is_a_duplicate_that_stores_nothing() {
        String id = newId("ES");

        post(response(id)).then().statusCode(201)
                .header("Location", endsWith(RESPONSES + "/" + id + "?house=nordjylland"))
                .body("responseId", equalTo(id))
                .body("status", equalTo("accepted"));
        Map<String, Object> resent = response(id);
        resent.put("recommendScore", 3);
        post(resent).then().statusCode(200)
                .body("responseId", equalTo(id))
                .body("status", equalTo("duplicate"));

        assertThat(tables().eventsOf(responseStream(id))).isEqualTo(1);
        assertThat(tables().outboxRowsOf(responseStream(id))).isEqualTo(1);
        stored(id).then().statusCode(200)
                .body("recommendScore", equalTo(9))
                .body("segment", equalTo("GROWTH"))
                .body("answeredOn", equalTo("2023-05-02"));
    }

    @Test
    void danish_labels_and_dates_are_accepted_in_json_too() {
        String id = newId("ES");
        Map<String, Object> body = response(id);
        body.put("segment", "Drift");
        body.put("answeredOn", "02.05.2023");
        body.put("competenceSatisfaction", "Meget tilfreds");
        body.put("receivedReferral", false);
        body.remove("usedReferral");

        post(body).then().statusCode(201);

        stored(id).then().statusCode(200)
                .body("segment", equalTo("OPERATION"))
                .body("competenceSatisfaction", equalTo("VERY_SATISFIED"))
                .body("receivedReferral", equalTo(false))
                .body("usedReferral", nullValue());
    }

    @Test
    void an_invalid_response_is_answered_400_naming_every_bad_field_and_nothing_is_stored() {
        String id = newId("ES");
        Map<String, Object> body = response(id);
        body.put("cvr", "13585627");
        body.put("recommendScore", 11);
        body.put("segment", "MIDDLE");

        post(body).then().statusCode(400)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://erhvervshus.dk/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("cvr", "recommendScore", "segment"));

        assertThat(tables().eventsOf(responseStream(id))).isZero();
        stored(id).then().statusCode(404).contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void a_batch_stores_its_good_items_and_reports_each_item_in_order() {
        String good = newId("ES");
        String alsoGood = newId("ES");
        String bad = newId("ES");
        Map<String, Object> badItem = response(bad);
        badItem.put("answeredOn", "2030-01-01");
        Map<String, Object> wrongShape = response(newId("ES"));
        wrongShape.put("house", Map.of("id", "nordjylland"));

        post(List.of(response(good), badItem, response(alsoGood), response(good), wrongShape, "not an object"))
                .then().statusCode(200)
                .body("summary.rows", equalTo(6))
                .body("summary.accepted", equalTo(2))
                .body("summary.duplicates", equalTo(1))
                .body("summary.rejected", equalTo(3))
                .body("results.row", equalTo(List.of(1, 2, 3, 4, 5, 6)))
                .body("results.status", equalTo(List.of("accepted", "rejected", "accepted", "duplicate", "rejected",
                        "rejected")))
                .body("results[0].responseId", equalTo(good))
                .body("results[0].problem", nullValue())
                .body("results[1].responseId", equalTo(bad))
                .body("results[1].problem.errors.field", equalTo(List.of("answeredOn")))
                .body("results[4].problem.errors.field", equalTo(List.of("house")))
                .body("results[5].problem.status", equalTo(400));

        assertThat(tables().eventsOf(responseStream(good))).isEqualTo(1);
        assertThat(tables().eventsOf(responseStream(alsoGood))).isEqualTo(1);
        assertThat(tables().eventsOf(responseStream(bad))).isZero();
    }

    @Test
    void an_id_that_another_kind_of_record_uses_is_free_for_a_survey_response() {
        String id = newId("SHARED");
        given().contentType(ContentType.JSON).body(Bodies.awareness(id)).post("/api/v1/awareness-surveys")
                .then().statusCode(201);

        post(response(id)).then().statusCode(201);

        assertThat(tables().eventsOf(responseStream(id))).isEqualTo(1);
        assertThat(tables().eventsOf(Bodies.awarenessStream(id))).isEqualTo(1);
    }

    @Test
    void a_batch_larger_than_the_limit_is_refused_whole() {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            items.add(response(newId("ES")));
        }
        post(items).then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("errors.field", hasItem("body"));
    }
}
