package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.eventstore.testing.TopicRecords;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshus.survey.it.Bodies.HEADER;
import static dk.erhvervshus.survey.it.Bodies.awareness;
import static dk.erhvervshus.survey.it.Bodies.cohort;
import static dk.erhvervshus.survey.it.Bodies.cvr;
import static dk.erhvervshus.survey.it.Bodies.figures;
import static dk.erhvervshus.survey.it.Bodies.newId;
import static dk.erhvervshus.survey.it.Bodies.referral;
import static dk.erhvervshus.survey.it.Bodies.response;
import static dk.erhvervshus.survey.it.Bodies.responseStream;
import static dk.erhvervshus.survey.it.Bodies.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes, the write side: every accepted write answers a Consistency-Token whose count is
 * exactly the number of events on survey-events that carry its writeId; batch items carry a token
 * each, a CSV import one token for all its chunks, a write that stored nothing a token of none.
 */
@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class ConsistencyTokenIT {

    private static final String RESPONSES = "/api/v1/survey-responses";
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final Map<String, ConsistencyToken> tokens = new LinkedHashMap<>();

    private static ExtractableResponse<Response> post(String path, Object body, int status) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status).extract();
    }

    private ConsistencyToken keep(String what, ExtractableResponse<Response> answer) {
        String header = answer.header(ConsistencyToken.HEADER);
        assertThat(header).as("Consistency-Token header of '%s'", what).isNotNull();
        return keep(what, header);
    }

    private ConsistencyToken keep(String what, String token) {
        assertThat(token).as("token of '%s'", what).isNotNull();
        ConsistencyToken parsed = ConsistencyToken.parse(token);
        tokens.put(what, parsed);
        return parsed;
    }

    /** Each token's count equals the distinct events on the topic carrying its writeId. */
    private Map<UUID, List<EventEnvelope>> assertEveryTokenCountsItsEventsOnTheTopic() {
        Map<UUID, Integer> expected = new HashMap<>();
        tokens.values().forEach(token -> expected.put(token.writeId(), token.events()));
        Map<UUID, List<EventEnvelope>> published = TopicRecords.ofWrites(Topics.SURVEY_EVENTS, expected,
                Duration.ofSeconds(90), SETTLE);
        tokens.forEach((what, token) -> assertThat(published.get(token.writeId()))
                .as("events on the topic of '%s' (%s)", what, token).hasSize(token.events()));
        assertThat(tokens.values()).extracting(ConsistencyToken::writeId).doesNotHaveDuplicates();
        return published;
    }

    @Test
    void every_single_write_answers_a_token_of_its_events_and_a_repeat_a_token_of_none() {
        String responseId = newId("CT");
        String surveyId = newId("AS");
        String referralId = newId("REF");
        String cohortId = newId("COH");
        String t1 = cvr();
        String t2 = cvr();
        String c1 = cvr();

        ConsistencyToken response = keep("response", post(RESPONSES, response(responseId), 201));
        ConsistencyToken responseAgain = keep("the same response again", post(RESPONSES, response(responseId), 200));
        ConsistencyToken survey = keep("awareness survey", post("/api/v1/awareness-surveys", awareness(surveyId), 201));
        ConsistencyToken surveyAgain = keep("the same awareness survey again",
                post("/api/v1/awareness-surveys", awareness(surveyId), 200));
        Map<String, Object> referral = referral(referralId);
        ConsistencyToken made = keep("referral", post("/api/v1/referrals", referral, 201));
        ConsistencyToken madeAgain = keep("the same referral again", post("/api/v1/referrals", referral, 200));
        ConsistencyToken used = keep("referral outcome", post("/api/v1/referrals/" + referralId + "/outcome",
                Bodies.outcome(true, "2023-10-01"), 200));
        ConsistencyToken usedAgain = keep("the same outcome again", post("/api/v1/referrals/" + referralId + "/outcome",
                Bodies.outcome(true, "2023-10-01"), 200));
        ConsistencyToken defined = keep("cohort", post("/api/v1/effect-cohorts", cohort(cohortId, List.of(t1, t2),
                List.of(c1)), 201));
        ConsistencyToken redefined = keep("cohort redefined", post("/api/v1/effect-cohorts", cohort(cohortId,
                List.of(t1), List.of(c1, t2)), 200));
        ConsistencyToken unchanged = keep("cohort unchanged", post("/api/v1/effect-cohorts", cohort(cohortId,
                List.of(t1), List.of(c1, t2)), 200));

        assertThat(List.of(response, survey, made, used, defined, redefined))
                .extracting(ConsistencyToken::events).containsOnly(1);
        assertThat(List.of(responseAgain, surveyAgain, madeAgain, usedAgain, unchanged))
                .extracting(ConsistencyToken::events).containsOnly(0);
        Map<UUID, List<EventEnvelope>> published = assertEveryTokenCountsItsEventsOnTheTopic();
        assertThat(published.get(response.writeId())).extracting(EventEnvelope::aggregateId)
                .containsExactly(responseStream(responseId));
    }

    @Test
    void each_accepted_or_duplicate_item_of_a_json_batch_carries_a_token_of_its_own_and_a_rejected_one_none() {
        String first = newId("CTB");
        String second = newId("CTB");
        String known = newId("CTB");
        post(RESPONSES, response(known), 201);
        Map<String, Object> bad = response(newId("CTB"));
        bad.put("cvr", "1");

        ExtractableResponse<Response> batch = post(RESPONSES, List.of(response(first), bad, response(second),
                response(known)), 200);
        JsonPath answer = batch.jsonPath();

        assertThat(batch.header(ConsistencyToken.HEADER)).as("a batch is many writes: no header").isNull();
        assertThat(answer.getList("results.status", String.class))
                .containsExactly("accepted", "rejected", "accepted", "duplicate");
        assertThat(answer.getString("results[1].consistencyToken")).isNull();
        ConsistencyToken firstToken = keep("first item", answer.getString("results[0].consistencyToken"));
        ConsistencyToken secondToken = keep("second item", answer.getString("results[2].consistencyToken"));
        ConsistencyToken duplicate = keep("duplicate item", answer.getString("results[3].consistencyToken"));
        assertThat(List.of(firstToken.events(), secondToken.events(), duplicate.events())).containsExactly(1, 1, 0);
        Map<UUID, List<EventEnvelope>> published = assertEveryTokenCountsItsEventsOnTheTopic();
        assertThat(published.get(secondToken.writeId())).extracting(EventEnvelope::aggregateId)
                .containsExactly(responseStream(second));
    }

    @Test
    void each_item_of_a_figures_delivery_carries_a_token_of_its_own() {
        String cvr = cvr();
        post("/api/v1/company-figures", List.of(figures(cvr, 2022, 900_000, 8)), 200);

        ExtractableResponse<Response> delivery = post("/api/v1/company-figures", List.of(figures(cvr, 2021, 1_000_000, 10),
                figures(cvr, 2022, 900_000, 8), figures("13585627", 2022, 1, 1)), 200);
        JsonPath answer = delivery.jsonPath();

        assertThat(delivery.header(ConsistencyToken.HEADER)).isNull();
        assertThat(answer.getList("results.status", String.class)).containsExactly("accepted", "unchanged", "rejected");
        assertThat(answer.getString("results[2].consistencyToken")).isNull();
        ConsistencyToken accepted = keep("new figures", answer.getString("results[0].consistencyToken"));
        ConsistencyToken same = keep("unchanged figures", answer.getString("results[1].consistencyToken"));
        assertThat(List.of(accepted.events(), same.events())).containsExactly(1, 0);
        assertEveryTokenCountsItsEventsOnTheTopic();
    }

    @Test
    void a_csv_import_of_many_chunks_answers_one_token_that_counts_every_row_it_stored() {
        String prefix = newId("CTI");
        String known = prefix + "-known";
        post(RESPONSES, response(known), 201);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        // More rows than one chunk (survey.import.chunk-size 500): the import commits several transactions.
        for (int i = 1; i <= 1_234; i++) {
            lines.add(row(prefix + "-" + i));
        }
        lines.add(row(prefix + "-7"));
        lines.add(row(known));
        lines.add(prefix + "-bad;nordjylland;1;2023;Vækst;02-05-2023;Meget tilfreds;9;I høj grad;Ja;Ja;Ja");

        ExtractableResponse<Response> imported = given().contentType("text/csv")
                .body(String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(RESPONSES + "/import").then().statusCode(200).extract();
        JsonPath summary = imported.jsonPath();

        assertThat(summary.getInt("summary.accepted")).isEqualTo(1_234);
        assertThat(summary.getInt("summary.duplicates")).isEqualTo(2);
        assertThat(summary.getInt("summary.rejected")).isEqualTo(1);
        ConsistencyToken token = keep("import", imported);
        assertThat(summary.getString("summary.consistencyToken")).isEqualTo(token.format());
        assertThat(token.events()).isEqualTo(1_234);
        Map<UUID, List<EventEnvelope>> published = assertEveryTokenCountsItsEventsOnTheTopic();
        assertThat(published.get(token.writeId())).extracting(EventEnvelope::aggregateId)
                .contains(responseStream(prefix + "-1"), responseStream(prefix + "-1234"))
                .doesNotContain(responseStream(known));
    }

    @Test
    void importing_the_same_file_again_answers_a_token_of_none() {
        String prefix = newId("CTR");
        byte[] file = String.join("\r\n", HEADER, row(prefix + "-1"), row(prefix + "-2"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("text/csv").body(file).post(RESPONSES + "/import").then().statusCode(200);

        ExtractableResponse<Response> again = given().contentType("text/csv").body(file).post(RESPONSES + "/import")
                .then().statusCode(200).extract();

        assertThat(keep("the same import again", again).events()).isZero();
        assertEveryTokenCountsItsEventsOnTheTopic();
    }

    @Test
    void a_refused_write_answers_no_token() {
        Map<String, Object> bad = response(newId("CTX"));
        bad.put("cvr", "1");

        assertThat(given().contentType(ContentType.JSON).body(bad).post(RESPONSES).then().statusCode(400).extract()
                .header(ConsistencyToken.HEADER)).isNull();
        assertThat(given().contentType("text/csv").body("nothing;here\r\n".getBytes()).post(RESPONSES + "/import")
                .then().statusCode(400).extract().header(ConsistencyToken.HEADER)).isNull();
    }
}
