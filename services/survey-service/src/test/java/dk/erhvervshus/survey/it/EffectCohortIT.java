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

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.cohort;
import static dk.erhvervshus.survey.it.Bodies.cvr;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class EffectCohortIT {

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/effect-cohorts").then();
    }

    @Test
    void a_cohort_is_defined_an_identical_resend_is_unchanged_and_new_lists_redefine_it() {
        String id = newId("C");
        String t1 = cvr();
        String t2 = cvr();
        String c1 = cvr();

        post(cohort(id, List.of(t1, t2), List.of(c1))).statusCode(201)
                .body("cohortId", equalTo(id)).body("version", equalTo(1)).body("status", equalTo("accepted"));
        post(cohort(id, List.of(t2, t1), List.of(c1))).statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("unchanged"));
        post(cohort(id, List.of(t1), List.of(c1, t2))).statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("redefined"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.cohortStream(id))).isEqualTo(2);
    }

    @Test
    void overlapping_groups_are_named_by_element_and_nothing_is_stored() {
        String id = newId("C");
        String shared = cvr();

        post(cohort(id, List.of(cvr(), shared), List.of(shared))).statusCode(400)
                .body("errors[0].field", equalTo("control[0]"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.cohortStream(id))).isZero();
    }

    @Test
    void another_segment_under_a_defined_id_is_a_conflict() {
        String id = newId("C");
        Map<String, Object> body = cohort(id, List.of(cvr()), List.of(cvr()));
        post(body).statusCode(201);
        body.put("segment", "OPERATION");

        post(body).statusCode(409);
        assertThat(new EventTables(dataSource).eventsOf(Bodies.cohortStream(id))).isEqualTo(1);
    }
}
