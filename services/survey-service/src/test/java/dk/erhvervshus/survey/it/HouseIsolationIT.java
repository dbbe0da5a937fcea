package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.HEADER;
import static dk.erhvervshus.survey.it.Bodies.NORDJYLLAND;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.windows1252;
import static dk.erhvervshus.survey.it.FixtureHouses.TESTHUS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two houses' records never meet: ids are unique per house (the same responseId or referralId in
 * two houses is two records, and a repeat is a duplicate only in its own house), an outcome is
 * reported to its own house's referral only, and a token confined to one house can neither write
 * nor read another house's records. Uses the fixture house {@code testhus} ({@link FixtureHouses})
 * next to Nordjylland.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class HouseIsolationIT {

    private static final String RESPONSES = "/api/v1/survey-responses";
    private static final String FORBIDDEN = "https://erhvervshus.dk/problems/forbidden";

    @Inject
    AgroalDataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    /** The national feed (no house claim), which is also every test's default caller. */
    private static RequestSpecification national() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification confinedTo(String house) {
        return given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.SURVEY_FEED, house))
                .contentType(ContentType.JSON);
    }

    private static Map<String, Object> inHouse(String house, Map<String, Object> body) {
        body.put("house", house);
        if (body.containsKey("municipalityCode") && house.equals(TESTHUS)) {
            body.put("municipalityCode", FixtureHouses.TESTHUS_MUNICIPALITY);
        }
        return body;
    }

    private static String testhusRow(String responseId) {
        return Bodies.row(responseId).replace(";nordjylland;", ";" + TESTHUS + ";");
    }

    // --- the same id in two houses

    @Test
    void the_same_response_id_in_two_houses_is_two_responses_and_a_repeat_is_a_duplicate_only_in_its_own_house() {
        String id = newId("ES");

        national().body(Bodies.response(id)).post(RESPONSES).then().statusCode(201);
        national().body(inHouse(TESTHUS, Bodies.response(id))).post(RESPONSES).then().statusCode(201);
        national().body(Bodies.response(id)).post(RESPONSES).then().statusCode(200)
                .body("status", equalTo("duplicate"));
        national().body(inHouse(TESTHUS, Bodies.response(id))).post(RESPONSES).then().statusCode(200)
                .body("status", equalTo("duplicate"));

        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, id))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, id))).isEqualTo(1);
        given().queryParam("house", TESTHUS).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("house", equalTo(TESTHUS));
    }

    @Test
    void in_a_batch_the_same_response_id_of_two_houses_is_accepted_twice() {
        String id = newId("ES");

        national().body(List.of(Bodies.response(id), inHouse(TESTHUS, Bodies.response(id)), Bodies.response(id)))
                .post(RESPONSES).then().statusCode(200)
                .body("results.status", contains("accepted", "accepted", "duplicate"));
        national().body(List.of(inHouse(TESTHUS, Bodies.response(id)))).post(RESPONSES).then().statusCode(200)
                .body("results.status", contains("duplicate"));

        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, id))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, id))).isEqualTo(1);
    }

    @Test
    void an_import_detects_duplicates_per_house_like_json() {
        String both = newId("ES");
        String jsonFirst = newId("ES");
        national().body(Bodies.response(jsonFirst)).post(RESPONSES).then().statusCode(201);
        byte[] file = windows1252(HEADER, Bodies.row(both), testhusRow(both), testhusRow(jsonFirst));

        given().contentType("text/csv").body(file).post(RESPONSES + "/import").then().statusCode(200)
                .body("summary.accepted", equalTo(3)).body("summary.duplicates", equalTo(0));
        given().contentType("text/csv").body(file).post(RESPONSES + "/import").then().statusCode(200)
                .body("summary.accepted", equalTo(0)).body("summary.duplicates", equalTo(3));
        national().body(inHouse(TESTHUS, Bodies.response(both))).post(RESPONSES).then().statusCode(200)
                .body("status", equalTo("duplicate"));

        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, both))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, both))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, jsonFirst))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, jsonFirst))).isEqualTo(1);
    }

    @Test
    void the_same_referral_id_in_two_houses_is_two_referrals_and_a_repeat_is_a_duplicate_only_in_its_own_house() {
        String id = newId("REF");
        Map<String, Object> ofNordjylland = Bodies.referral(id);
        Map<String, Object> ofTesthus = inHouse(TESTHUS, Bodies.referral(id));

        national().body(ofNordjylland).post("/api/v1/referrals").then().statusCode(201);
        national().body(ofTesthus).post("/api/v1/referrals").then().statusCode(201);
        national().body(ofNordjylland).post("/api/v1/referrals").then().statusCode(200)
                .body("status", equalTo("duplicate"));
        national().body(ofTesthus).post("/api/v1/referrals").then().statusCode(200)
                .body("status", equalTo("duplicate"));

        assertThat(tables().eventsOf(ReferralEvent.aggregateId(NORDJYLLAND, id))).isEqualTo(1);
        assertThat(tables().eventsOf(ReferralEvent.aggregateId(TESTHUS, id))).isEqualTo(1);
    }

    @Test
    void an_outcome_reported_for_one_house_never_touches_another_house_s_referral_of_the_same_id() {
        String id = newId("REF");
        String outcome = "/api/v1/referrals/" + id + "/outcome";
        national().body(Bodies.referral(id)).post("/api/v1/referrals").then().statusCode(201);

        national().body(inHouse(TESTHUS, Bodies.outcome(true, "2023-12-01"))).post(outcome).then().statusCode(404)
                .body("type", equalTo("https://erhvervshus.dk/problems/not-found"));
        assertThat(tables().eventsOf(ReferralEvent.aggregateId(NORDJYLLAND, id))).isEqualTo(1);
        assertThat(tables().eventsOf(ReferralEvent.aggregateId(TESTHUS, id))).isZero();

        national().body(inHouse(TESTHUS, Bodies.referral(id))).post("/api/v1/referrals").then().statusCode(201);
        national().body(inHouse(TESTHUS, Bodies.outcome(true, "2023-12-01"))).post(outcome).then().statusCode(200)
                .body("version", equalTo(2));
        // A token confined to a house reports for its own house without naming it.
        Map<String, Object> withoutHouse = Bodies.outcome(false, "2023-12-02");
        withoutHouse.remove("house");
        confinedTo(NORDJYLLAND).body(withoutHouse).post(outcome).then().statusCode(200).body("version", equalTo(2));

        assertThat(tables().typesOf(ReferralEvent.aggregateId(NORDJYLLAND, id)))
                .containsExactly("survey.referral-made.v1", "survey.referral-outcome-reported.v1");
        assertThat(tables().typesOf(ReferralEvent.aggregateId(TESTHUS, id)))
                .containsExactly("survey.referral-made.v1", "survey.referral-outcome-reported.v1");
        assertThat(tables().count("SELECT count(*) FROM events WHERE aggregate_id = ? AND house = ?",
                ReferralEvent.aggregateId(TESTHUS, id), TESTHUS)).isEqualTo(2);
    }

    @Test
    void an_outcome_without_a_house_from_a_token_without_one_is_a_400_naming_house() {
        String id = newId("REF");
        national().body(Bodies.referral(id)).post("/api/v1/referrals").then().statusCode(201);
        Map<String, Object> withoutHouse = Bodies.outcome(true, "2023-12-01");
        withoutHouse.remove("house");

        national().body(withoutHouse).post("/api/v1/referrals/" + id + "/outcome").then().statusCode(400)
                .body("errors.field", contains("house"));
        assertThat(tables().eventsOf(ReferralEvent.aggregateId(NORDJYLLAND, id))).isEqualTo(1);
    }

    // --- a token confined to one house

    @Test
    void a_confined_token_s_body_of_another_house_is_403_before_its_fields_are_judged_and_nothing_is_stored() {
        String response = newId("ES");
        Map<String, Object> badResponse = inHouse(TESTHUS, Bodies.response(response));
        badResponse.put("cvr", "13585627");
        String survey = newId("KM");
        String referral = newId("REF");
        String cohort = newId("C");
        String nordjyllandReferral = newId("REF");
        national().body(Bodies.referral(nordjyllandReferral)).post("/api/v1/referrals").then().statusCode(201);
        long events = tables().events();

        confinedTo(NORDJYLLAND).body(badResponse).post(RESPONSES).then().statusCode(403)
                .body("type", equalTo(FORBIDDEN))
                .body("detail", equalTo("the token is for house 'nordjylland', not 'testhus'"));
        confinedTo(NORDJYLLAND).body(inHouse(TESTHUS, Bodies.awareness(survey))).post("/api/v1/awareness-surveys")
                .then().statusCode(403).body("type", equalTo(FORBIDDEN));
        confinedTo(NORDJYLLAND).body(inHouse(TESTHUS, Bodies.referral(referral))).post("/api/v1/referrals")
                .then().statusCode(403).body("type", equalTo(FORBIDDEN));
        confinedTo(NORDJYLLAND).body(inHouse(TESTHUS, Bodies.cohort(cohort, List.of(Bodies.cvr()), List.of("x"))))
                .post("/api/v1/effect-cohorts").then().statusCode(403).body("type", equalTo(FORBIDDEN));
        confinedTo(TESTHUS).body(Bodies.outcome(true, "2023-12-01"))
                .post("/api/v1/referrals/" + nordjyllandReferral + "/outcome").then().statusCode(403)
                .body("detail", containsString("not 'nordjylland'"));

        assertThat(tables().events()).isEqualTo(events);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, response))
                + tables().eventsOf(AwarenessSurveyEvent.aggregateId(TESTHUS, survey))
                + tables().eventsOf(ReferralEvent.aggregateId(TESTHUS, referral))
                + tables().eventsOf(EffectCohortEvent.aggregateId(TESTHUS, cohort))).isZero();
    }

    @Test
    void a_confined_token_s_batch_item_of_another_house_is_rejected_with_the_403_problem_and_the_others_go_on() {
        String own = newId("ES");
        String other = newId("ES");
        Map<String, Object> otherWithBadFields = inHouse(TESTHUS, Bodies.response(other));
        otherWithBadFields.put("segment", "MIDDLE");

        confinedTo(NORDJYLLAND).body(List.of(Bodies.response(own), otherWithBadFields)).post(RESPONSES)
                .then().statusCode(200)
                .body("results.status", contains("accepted", "rejected"))
                .body("results[1].responseId", equalTo(other))
                .body("results[1].problem.status", equalTo(403))
                .body("results[1].problem.type", equalTo(FORBIDDEN))
                .body("results[1].problem.detail", equalTo("the token is for house 'nordjylland', not 'testhus'"));

        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, own))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, other))).isZero();
    }

    @Test
    void a_confined_token_s_csv_row_of_another_house_is_rejected_naming_the_house_and_the_others_are_imported() {
        String own = newId("ES");
        String other = newId("ES");

        given().auth().oauth2(RealInfraTestResource.tokens().token(Roles.SURVEY_FEED, NORDJYLLAND))
                .contentType("text/csv").body(windows1252(HEADER, Bodies.row(own), testhusRow(other)))
                .post(RESPONSES + "/import").then().statusCode(200)
                .body("summary.accepted", equalTo(1))
                .body("summary.rejected", equalTo(1))
                .body("rejected[0].row", equalTo(2))
                .body("rejected[0].column", equalTo("house"))
                .body("rejected[0].responseId", equalTo(other))
                .body("rejected[0].reason", equalTo("the token is for house 'nordjylland', not 'testhus'"));

        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(NORDJYLLAND, own))).isEqualTo(1);
        assertThat(tables().eventsOf(SurveyResponseEvent.aggregateId(TESTHUS, other))).isZero();
    }

    @Test
    void register_figures_by_a_token_confined_to_a_house_are_403_and_nothing_is_stored() {
        String cvr = Bodies.cvr();

        confinedTo(NORDJYLLAND).body(List.of(Bodies.figures(cvr, 2022, 1_000_000, 10))).post("/api/v1/company-figures")
                .then().statusCode(403).body("type", equalTo(FORBIDDEN))
                .body("detail", containsString("register figures belong to no house"));

        assertThat(tables().eventsOf(CompanyFiguresEvent.aggregateId(cvr, 2022))).isZero();
    }

    // --- reading a response

    @Test
    void a_response_is_read_in_one_house_the_query_s_or_the_token_s() {
        String id = newId("ES");
        national().body(inHouse(TESTHUS, Bodies.response(id))).post(RESPONSES).then().statusCode(201);
        String staffOfTesthus = RealInfraTestResource.tokens().token(Roles.HOUSE_STAFF, TESTHUS);
        String staffOfNordjylland = RealInfraTestResource.tokens().token(Roles.HOUSE_STAFF, NORDJYLLAND);

        given().auth().oauth2(staffOfTesthus).get(RESPONSES + "/" + id).then().statusCode(200)
                .body("house", equalTo(TESTHUS));
        given().auth().oauth2(staffOfTesthus).queryParam("house", TESTHUS).get(RESPONSES + "/" + id).then()
                .statusCode(200);
        given().auth().oauth2(staffOfNordjylland).queryParam("house", TESTHUS).get(RESPONSES + "/" + id).then()
                .statusCode(403).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(staffOfNordjylland).get(RESPONSES + "/" + id).then().statusCode(404);
        given().queryParam("house", NORDJYLLAND).get(RESPONSES + "/" + id).then().statusCode(404);
        given().get(RESPONSES + "/" + id).then().statusCode(400).body("errors.field", contains("house"));
        given().queryParam("house", "atlantis").get(RESPONSES + "/" + id).then().statusCode(404)
                .body("errors.field", contains("house"));
    }
}
