package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
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

import java.time.Duration;
import java.util.List;

import static dk.erhvervshus.survey.it.Bodies.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every event records who sent it: the subject of the bearer token, however the record arrived. */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class RecordedByIT {

    private static final String FEED = "erhvervsstyrelsen-feed-7";

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification asTheFeed() {
        return given().auth().oauth2(RealInfraTestResource.tokens()
                .token(FEED, List.of(Roles.SURVEY_FEED), null, Duration.ofMinutes(10)));
    }

    /** Events of the stream, and how many of them name {@link #FEED} as their recorder. */
    private List<Long> eventsAndThoseRecordedByTheFeed(String aggregateId) {
        EventTables tables = new EventTables(dataSource);
        return List.of(tables.eventsOf(aggregateId), tables.count(
                "SELECT count(*) FROM events WHERE aggregate_id = ? AND recorded_by = ?", aggregateId, FEED));
    }

    @Test
    void a_json_response_a_batch_item_and_a_csv_row_record_the_token_s_subject() {
        String single = newId("ES");
        String item = newId("ES");
        String row = newId("ES");

        asTheFeed().contentType(ContentType.JSON).body(Bodies.response(single)).post("/api/v1/survey-responses")
                .then().statusCode(201);
        asTheFeed().contentType(ContentType.JSON).body(List.of(Bodies.response(item))).post("/api/v1/survey-responses")
                .then().statusCode(200).body("results[0].status", equalTo("accepted"));
        asTheFeed().contentType("text/csv").body(Bodies.windows1252(Bodies.HEADER, Bodies.row(row)))
                .post("/api/v1/survey-responses/import").then().statusCode(200).body("summary.accepted", equalTo(1));

        for (String id : List.of(single, item, row)) {
            assertThat(eventsAndThoseRecordedByTheFeed(Bodies.responseStream(id))).as(id).containsExactly(1L, 1L);
        }
        given().queryParam("house", Bodies.NORDJYLLAND).get("/api/v1/survey-responses/" + row).then().statusCode(200)
                .body("recordedBy", equalTo(FEED));
    }

    @Test
    void a_referral_its_outcome_and_register_figures_record_the_token_s_subject() {
        String referral = newId("REF");
        String cvr = Bodies.cvr();

        asTheFeed().contentType(ContentType.JSON).body(Bodies.referral(referral)).post("/api/v1/referrals")
                .then().statusCode(201);
        asTheFeed().contentType(ContentType.JSON).body(Bodies.outcome(true, "2023-12-01"))
                .post("/api/v1/referrals/" + referral + "/outcome").then().statusCode(200);
        asTheFeed().contentType(ContentType.JSON).body(List.of(Bodies.figures(cvr, 2022, 1_000_000, 10)))
                .post("/api/v1/company-figures").then().statusCode(200).body("results[0].status", equalTo("accepted"));

        assertThat(eventsAndThoseRecordedByTheFeed(Bodies.referralStream(referral))).containsExactly(2L, 2L);
        assertThat(eventsAndThoseRecordedByTheFeed(CompanyFiguresEvent.aggregateId(cvr, 2022))).containsExactly(1L, 1L);
    }

    @Test
    void an_awareness_survey_and_a_cohort_record_the_token_s_subject() {
        String survey = newId("KM");
        String cohort = newId("C");

        asTheFeed().contentType(ContentType.JSON).body(Bodies.awareness(survey)).post("/api/v1/awareness-surveys")
                .then().statusCode(201);
        asTheFeed().contentType(ContentType.JSON)
                .body(Bodies.cohort(cohort, List.of(Bodies.cvr()), List.of(Bodies.cvr())))
                .post("/api/v1/effect-cohorts").then().statusCode(201);

        assertThat(eventsAndThoseRecordedByTheFeed(Bodies.awarenessStream(survey))).containsExactly(1L, 1L);
        assertThat(eventsAndThoseRecordedByTheFeed(Bodies.cohortStream(cohort))).containsExactly(1L, 1L);
    }
}
