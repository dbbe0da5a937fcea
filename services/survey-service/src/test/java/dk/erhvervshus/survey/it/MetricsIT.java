package dk.erhvervshus.survey.it;

import dk.erhvervshus.eventstore.testing.MetricsText;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.erhvervshus.survey.it.Bodies.HEADER;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.row;
import static dk.erhvervshus.survey.it.Bodies.windows1252;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/metrics is open like health and counts writes by outcome, per item of a batch and per row of an import. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class MetricsIT {

    private static MetricsText metrics() {
        return MetricsText.of(given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static double delta(MetricsText before, MetricsText after, String operation, String outcome, String status) {
        String[] labels = {"operation", operation, "outcome", outcome, "status", status};
        return after.value("erhvervshus_writes_total", labels) - before.value("erhvervshus_writes_total", labels);
    }

    @Test
    void each_item_of_a_batch_and_each_row_of_an_import_is_counted_by_what_became_of_it() {
        MetricsText before = metrics();
        String recorded = newId("ES");
        given().contentType(ContentType.JSON).body(Bodies.response(recorded)).post("/api/v1/survey-responses")
                .then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(List.of(Bodies.response(recorded), Bodies.response(newId("ES")), "not a response"))
                .post("/api/v1/survey-responses").then().statusCode(200);
        String imported = newId("ES");
        given().contentType("text/csv").body(windows1252(HEADER, row(imported), row(imported),
                        row(newId("ES")).replaceFirst(";nordjylland;\\d{8};", ";nordjylland;12;")))
                .post("/api/v1/survey-responses/import").then().statusCode(200);

        MetricsText after = metrics();

        assertThat(delta(before, after, "recordSurveyResponses", "accepted", "2xx")).isEqualTo(2);
        assertThat(delta(before, after, "recordSurveyResponses", "duplicate", "2xx")).isEqualTo(1);
        assertThat(delta(before, after, "recordSurveyResponses", "rejected", "4xx")).isEqualTo(1);
        assertThat(delta(before, after, "importSurveyResponses", "accepted", "2xx")).isEqualTo(1);
        assertThat(delta(before, after, "importSurveyResponses", "duplicate", "2xx")).isEqualTo(1);
        assertThat(delta(before, after, "importSurveyResponses", "rejected", "4xx")).isEqualTo(1);
        assertThat(after.has("erhvervshus_outbox_backlog_rows")).isTrue();
        assertThat(after.has("erhvervshus_outbox_relay_rounds_total")).isTrue();
    }
}
