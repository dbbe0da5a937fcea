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

import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.referral;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class ReferralIT {

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse outcome(String referralId, boolean used, String reportedOn) {
        return post("/api/v1/referrals/" + referralId + "/outcome", Bodies.outcome(used, reportedOn));
    }

    @Test
    void a_referral_is_made_once_and_the_same_referral_again_is_a_duplicate() {
        String id = newId("REF");
        Map<String, Object> body = referral(id);

        post("/api/v1/referrals", body).statusCode(201)
                .body("referralId", equalTo(id)).body("version", equalTo(1)).body("status", equalTo("accepted"));
        post("/api/v1/referrals", body).statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("duplicate"));

        body.put("counterpartName", "Another advisor");
        post("/api/v1/referrals", body).statusCode(409);
        assertThat(new EventTables(dataSource).eventsOf(Bodies.referralStream(id))).isEqualTo(1);
    }

    @Test
    void a_later_outcome_replaces_the_earlier_and_an_identical_resend_changes_nothing() {
        String id = newId("REF");
        post("/api/v1/referrals", referral(id)).statusCode(201);

        outcome(id, false, "2023-10-01").statusCode(200).body("version", equalTo(2)).body("status", equalTo("accepted"));
        outcome(id, false, "2023-10-01").statusCode(200).body("version", equalTo(2)).body("status", equalTo("unchanged"));
        outcome(id, true, "2023-12-01").statusCode(200).body("version", equalTo(3)).body("status", equalTo("accepted"));

        assertThat(new EventTables(dataSource).eventsOf(Bodies.referralStream(id))).isEqualTo(3);
    }

    @Test
    void an_outcome_of_an_unknown_referral_is_404_and_one_before_the_referral_is_400() {
        outcome(newId("REF"), true, "2023-12-01").statusCode(404)
                .body("type", equalTo("https://erhvervshus.dk/problems/not-found"));

        String id = newId("REF");
        post("/api/v1/referrals", referral(id)).statusCode(201);
        outcome(id, true, "2023-08-01").statusCode(400).body("errors[0].field", equalTo("reportedOn"));
        post("/api/v1/referrals/" + id + "/outcome", Map.of("house", "nordjylland", "used", "perhaps",
                "reportedOn", "2023-12-01"))
                .statusCode(400).body("errors[0].field", equalTo("used"));
        assertThat(new EventTables(dataSource).eventsOf(Bodies.referralStream(id))).isEqualTo(1);
    }

    @Test
    void a_municipality_outside_the_house_is_named() {
        String id = newId("REF");
        Map<String, Object> body = referral(id);
        body.put("municipalityCode", "101");

        post("/api/v1/referrals", body).statusCode(400).body("errors[0].field", equalTo("municipalityCode"));
        assertThat(new EventTables(dataSource).eventsOf(Bodies.referralStream(id))).isZero();
    }
}
