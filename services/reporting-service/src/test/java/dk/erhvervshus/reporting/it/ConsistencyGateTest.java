package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goals read with a write's Consistency-Token, sent the moment the write's events are on the
 * topic (before the projection can have applied them), answers with the write in the goals; a
 * token of a write that never reaches the projection is 503 not-yet-applied with Retry-After.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class ConsistencyGateTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";

    @Test
    void a_read_right_after_a_write_with_its_token_always_sees_the_write() {
        for (int write = 1; write <= 20; write++) {
            UUID writeId = UUID.randomUUID();
            topic.publish(ofWrite(course(String.format("%08d", 2 * write)).started(), writeId),
                    ofWrite(course(String.format("%08d", 2 * write + 1)).started(), writeId));
            int companies = given().header(ConsistencyToken.HEADER, new ConsistencyToken(writeId, 2).format())
                    .get(GOALS + "/G11-UNIQUE-COMPANIES").then().statusCode(200).extract().jsonPath().getInt("actual");
            assertThat(companies).as("after write %d", write).isEqualTo(2 * write);
        }
    }

    @Test
    void a_token_of_a_write_never_applied_is_503_not_yet_applied_with_retry_after() {
        var answer = given().header(ConsistencyToken.HEADER, new ConsistencyToken(UUID.randomUUID(), 1).format())
                .get(GOALS).then().statusCode(503).contentType("application/problem+json").extract();
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.jsonPath().getString("type")).endsWith("not-yet-applied");
    }

    private static EventEnvelope ofWrite(EventEnvelope e, UUID writeId) {
        return new EventEnvelope(e.eventId(), e.type(), e.aggregateId(), e.version(), e.position(), e.occurredAt(),
                e.recordedAt(), e.source(), e.house(), e.correlationId(), e.recordedBy(), writeId, e.payload());
    }
}
