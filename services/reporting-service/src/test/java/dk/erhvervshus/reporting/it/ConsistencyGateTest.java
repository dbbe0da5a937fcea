package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goals read with a write's Consistency-Token, sent the moment the write's events are on the
 * topic (before the projection can have applied them), answers with the write in the goals; a
 * token of a write that never reaches the projection is 503 not-yet-applied with Retry-After. Many
 * such reads at once all see it too.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class ConsistencyGateTest extends FromEmptyReadModels {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";
    private static final int READERS = 16;

    @Test
    void a_read_right_after_a_write_with_its_token_always_sees_the_write() {
        int before = companies(null);
        for (int write = 1; write <= 20; write++) {
            UUID writeId = UUID.randomUUID();
            topic.publish(EventTopics.ofWrite(course(String.format("%08d", 2 * write)).started(), writeId),
                    EventTopics.ofWrite(course(String.format("%08d", 2 * write + 1)).started(), writeId));
            int companies = companies(new ConsistencyToken(writeId, 2).format());
            assertThat(companies).as("after write %d", write).isEqualTo(before + 2 * write);
        }
    }

    /**
     * The goals of before the write are held (a plain read just took them) while many reads with its
     * token wait at once, the projection slowed down so that they all wait for the same derivation:
     * each must get goals derived from the write, however the held ones and the reads of the tables
     * they share interleave, and answer on its own request's context.
     */
    @Test
    void many_reads_at_once_with_one_token_all_see_the_write() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        // Every new course version takes 0.3 s more to store: the reads are there before the write is.
        pool.query("create or replace function it_slow_down() returns trigger language plpgsql as "
                + "$$ begin perform pg_sleep(0.3); return new; end $$").executeAndAwait();
        pool.query("create trigger it_slow_down before insert on course_versions for each row "
                + "execute function it_slow_down()").executeAndAwait();
        try {
            for (int write = 1; write <= 5; write++) {
                int before = companies(null);
                UUID writeId = UUID.randomUUID();
                topic.publish(EventTopics.ofWrite(course(String.format("%08d", 1000 + write)).started(), writeId));
                String token = new ConsistencyToken(writeId, 1).format();
                List<Future<Integer>> reads = new ArrayList<>();
                for (int reader = 0; reader < READERS; reader++) {
                    reads.add(readers.submit(() -> companies(token)));
                }
                for (Future<Integer> read : reads) {
                    assertThat(read.get(30, TimeUnit.SECONDS)).as("after write %d", write).isEqualTo(before + 1);
                }
            }
        } finally {
            readers.shutdownNow();
            pool.query("drop trigger it_slow_down on course_versions").executeAndAwait();
        }
    }

    @Test
    void a_token_of_a_write_never_applied_is_503_not_yet_applied_with_retry_after() {
        var answer = given().header(ConsistencyToken.HEADER, new ConsistencyToken(UUID.randomUUID(), 1).format())
                .get(GOALS).then().statusCode(503).contentType("application/problem+json").extract();
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.jsonPath().getString("type")).endsWith("not-yet-applied");
    }

    /** G11's unique companies, read with the token when there is one. */
    private static int companies(String token) {
        var request = given();
        if (token != null) {
            request.header(ConsistencyToken.HEADER, token);
        }
        return request.get(GOALS + "/G11-UNIQUE-COMPANIES").then().statusCode(200).extract().jsonPath().getInt("actual");
    }
}
