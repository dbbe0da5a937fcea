package dk.erhvervshus.reporting.it;

import dk.erhvervshus.security.Roles;
import dk.erhvervshus.security.testing.AccessMatrix;
import dk.erhvervshus.security.testing.AccessMatrix.Rule;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's own OpenAPI document, called by every kind of caller (no token,
 * expired, signed by another key, each role for Nordjylland, for Midtjylland and for no house),
 * answers as designed (README, "Who may call"). An operation added without a rule here fails.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class AccessMatrixIT {

    private static final String[] GOAL_READERS = {Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL};

    private static final AccessMatrix.Tokens TOKENS = new AccessMatrix.Tokens() {
        @Override
        public String valid(String role, String house) {
            return RealInfraTestResource.tokens().token(role, house);
        }

        @Override
        public String expired(String role, String house) {
            return RealInfraTestResource.tokens().expiredToken(role, house);
        }

        @Override
        public String signedByAnotherKey(String role, String house) {
            return RealInfraTestResource.tokens().foreignKeyToken(role, house);
        }
    };

    @Inject
    Pool pool;

    @Test
    void every_operation_answers_every_caller_as_designed() {
        // The one caller that may replay and discard finds a parked record to act on (bytes that are no event).
        String toReplay = parkUndecodable();
        String toDiscard = parkUndecodable();
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        AccessMatrix.Report report = AccessMatrix.of(document)
                .rule("listGoalFulfilment", nordjylland2023(Rule.roles(GOAL_READERS)))
                .rule("getGoalFulfilment", nordjylland2023(Rule.roles(GOAL_READERS)).path("goalId", "G1-NEW-COMPANIES"))
                .rule("getMunicipalitySpread", nordjylland2023(Rule.roles(GOAL_READERS)))
                .rule("listHouses", Rule.roles(Roles.NATIONAL).ofNoHouse())
                .rule("getHouse", Rule.roles(GOAL_READERS).path("house", "nordjylland"))
                .rule("getYearlyReport", nordjylland2023(Rule.roles(GOAL_READERS)).query("format", "csv"))
                .rule("listGoalRestatements", nordjylland2023(Rule.roles(GOAL_READERS))
                        .query("from", "2024-01-15T00:00:00Z").query("to", "2024-02-15T00:00:00Z"))
                .rule("streamGoalChanges", Rule.roles(GOAL_READERS).path("house", "nordjylland").path("year", "2023")
                        .stream())
                .rule("listParkedEvents", Rule.roles(Roles.ADMIN).ofNoHouse())
                .rule("replayParkedEvent", Rule.roles(Roles.ADMIN).ofNoHouse().path("id", toReplay))
                .rule("replayParkedEvents", Rule.roles(Roles.ADMIN).ofNoHouse()
                        .json(() -> Map.of("stream", "access-matrix-no-such-stream")))
                .rule("discardParkedEvent", Rule.roles(Roles.ADMIN).ofNoHouse().path("id", toDiscard)
                        .json(() -> Map.of("reason", "access matrix")))
                .rule("restartProjectionConsumer", Rule.roles(Roles.ADMIN).ofNoHouse())
                .run(TOKENS, "nordjylland", "midtjylland");

        System.out.println("reporting-service access matrix: " + report.calls() + " calls");
        assertThat(report.mismatches()).isEmpty();
        // 13 operations × (3 invalid tokens + 6 roles × 3 house claims)
        assertThat(report.calls()).isEqualTo(13 * 21);
    }

    private String parkUndecodable() {
        long offset = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        pool.preparedQuery("""
                insert into parked_events (topic, partition, record_offset, record_key, payload, stream, reason_kind,
                                           reason, status, parked_at)
                values ('guidance-events', 0, $1, 'access-matrix', $2, 'access-matrix', 'MALFORMED', 'not JSON', 'PARKED', now())""")
                // The core Buffer: a Tuple passes its values to the driver unwrapped.
                .execute(Tuple.of(offset, Buffer.buffer("{not json"))).await().atMost(Duration.ofSeconds(5));
        return "guidance-events:0:" + offset;
    }

    private static Rule nordjylland2023(Rule rule) {
        return rule.path("house", "nordjylland").path("year", "2023").query("asOf", "2023-06-30");
    }
}
