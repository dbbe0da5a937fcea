package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import dk.erhvervshus.eventstore.testing.TopicRecords.Received;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static dk.erhvervshus.survey.it.Bodies.HEADER;
import static dk.erhvervshus.survey.it.Bodies.cvr;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.row;
import static dk.erhvervshus.survey.it.Bodies.windows1252;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class SurveyEventsToKafkaIT {

    private static void post(String path, Object body, int status) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status);
    }

    @Test
    void every_event_reaches_survey_events_once_per_aggregate_in_version_order_keyed_by_aggregate() {
        Map<String, Integer> expected = new HashMap<>();
        String prefix = newId("K");
        given().contentType("text/csv").body(windows1252(HEADER, row(prefix + "-1"), row(prefix + "-2")))
                .post("/api/v1/survey-responses/import").then().statusCode(200);
        // The same file again: duplicates, so nothing more may be published.
        given().contentType("text/csv").body(windows1252(HEADER, row(prefix + "-1"), row(prefix + "-2")))
                .post("/api/v1/survey-responses/import").then().statusCode(200);
        String response1 = Bodies.responseStream(prefix + "-1");
        expected.put(response1, 1);
        expected.put(Bodies.responseStream(prefix + "-2"), 1);

        String surveyId = newId("KM");
        post("/api/v1/awareness-surveys", Bodies.awareness(surveyId), 201);
        post("/api/v1/awareness-surveys", Bodies.awareness(surveyId), 200);
        expected.put(Bodies.awarenessStream(surveyId), 1);

        String referralId = newId("REF");
        post("/api/v1/referrals", Bodies.referral(referralId), 201);
        post("/api/v1/referrals/" + referralId + "/outcome", Bodies.outcome(false, "2023-10-01"), 200);
        post("/api/v1/referrals/" + referralId + "/outcome", Bodies.outcome(true, "2023-12-01"), 200);
        String referral = Bodies.referralStream(referralId);
        expected.put(referral, 3);

        String company = cvr();
        post("/api/v1/company-figures", List.of(Bodies.figures(company, 2022, 1_000_000, 10)), 200);
        post("/api/v1/company-figures", List.of(Bodies.figures(company, 2022, 1_100_000, 10)), 200);
        String figuresId = CompanyFiguresEvent.aggregateId(company, 2022);
        expected.put(figuresId, 2);

        String cohortId = newId("C");
        String t1 = cvr();
        String c1 = cvr();
        post("/api/v1/effect-cohorts", Bodies.cohort(cohortId, List.of(t1), List.of(c1)), 201);
        post("/api/v1/effect-cohorts", Bodies.cohort(cohortId, List.of(t1, cvr()), List.of(c1)), 200);
        expected.put(Bodies.cohortStream(cohortId), 2);

        Map<String, List<Received>> received = TopicRecords.readUntil(Topics.SURVEY_EVENTS, expected, Duration.ofSeconds(60),
                Duration.ofSeconds(3));

        expected.forEach((aggregateId, count) -> {
            List<Received> messages = received.getOrDefault(aggregateId, List.of());
            assertThat(messages).as("messages of " + aggregateId).extracting(m -> m.envelope().version())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(messages).extracting(Received::key).containsOnly(aggregateId);
            assertThat(messages).extracting(m -> m.envelope().source()).containsOnly("survey-service");
            assertThat(messages).extracting(m -> m.envelope().position()).isSorted().doesNotContain(0L);
        });
        assertThat(received.get(figuresId)).extracting(m -> m.envelope().house()).containsOnly("national");
        assertThat(received.get(referral)).extracting(m -> m.envelope().house()).containsOnly("nordjylland");
        assertThat(received.get(referral)).extracting(m -> m.envelope().type())
                .containsExactly("survey.referral-made.v1", "survey.referral-outcome-reported.v1",
                        "survey.referral-outcome-reported.v1");
        EventEnvelope response = received.get(response1).get(0).envelope();
        assertThat(response.type()).isEqualTo("survey.response-recorded.v1");
        assertThat(((SurveyResponseRecorded) response.payload()).responseId()).isEqualTo(prefix + "-1");
        assertThat(((ReferralOutcomeReported) received.get(referral).get(2).envelope().payload()).used()).isTrue();
        assertThat(received.values()).allSatisfy(messages -> assertThat(messages)
                .extracting(m -> m.envelope().recordedBy()).containsOnly("test-caller"));
    }
}
