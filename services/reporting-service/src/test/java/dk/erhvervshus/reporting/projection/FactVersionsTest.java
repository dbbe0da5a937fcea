package dk.erhvervshus.reporting.projection;

import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions a batch writes, per family one insert and one close over all its facts (their rows
 * as column arrays); the SQL itself runs in the projection's integration tests.
 */
class FactVersionsTest {

    private final BatchProjector projector = new BatchProjector();

    @Test
    void a_course_started_in_the_batch_gets_every_version_in_order_and_closes_nothing() {
        DecodedBatch batch = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-started.v1", 1, 0, 0),
                Records.golden("guidance.course-updated.v1", 2, 0, 1),
                Records.golden("guidance.course-completed.v1", 3, 0, 2)));

        FactVersions.Family courses = courses(projector.project(batch.events(), Map.of(), Map.of(), StreamVersions.none()));

        Tuple inserts = single(courses.inserts());
        assertThat((Object[]) inserts.getValue(1)).containsExactly(1L, 2L, 3L);
        // Each version is known until the next one's event was recorded; the last one is the latest.
        Object[] knownFrom = (Object[]) inserts.getValue(11);
        assertThat((Object[]) inserts.getValue(12)).containsExactly(knownFrom[1], knownFrom[2], null);
        assertThat(courses.closes()).as("a first version has no version stored before it").isEmpty();
    }

    @Test
    void a_course_continued_from_an_earlier_batch_closes_its_stored_version_when_the_next_was_recorded() {
        DecodedBatch first = DecodedBatch.decode(List.of(Records.golden("guidance.course-started.v1", 1, 0, 0)));
        CourseState stored = projector.project(first.events(), Map.of(), Map.of(), StreamVersions.none())
                .courses().iterator().next();
        DecodedBatch next = DecodedBatch.decode(List.of(
                Records.golden("guidance.course-updated.v1", 2, 0, 1),
                Records.golden("guidance.course-completed.v1", 3, 0, 2)));

        FactVersions.Family courses = courses(projector.project(next.events(), Map.of(stored.courseId(), stored), Map.of(),
                new StreamVersions(Map.of(stored.courseId(), 1L))));

        assertThat((Object[]) single(courses.inserts()).getValue(1)).containsExactly(2L, 3L);
        Tuple closes = single(courses.closes());
        assertThat((Object[]) closes.getValue(0)).containsExactly(stored.courseId());
        assertThat((Object[]) closes.getValue(1)).containsExactly(OffsetDateTime.ofInstant(
                next.events().get(0).envelope().recordedAt(), ZoneOffset.UTC));
        assertThat((Object[]) closes.getValue(2)).as("versions below the batch's first are closed").containsExactly(2L);
    }

    private static FactVersions.Family courses(ProjectedBatch projected) {
        return FactVersions.of(projected.applied()).stream()
                .filter(family -> family.insert().equals(FactVersions.INSERT_COURSE))
                .findFirst().orElseThrow();
    }

    private static Tuple single(List<Tuple> executions) {
        assertThat(executions).as("one execution for all the family's rows").hasSize(1);
        return executions.get(0);
    }
}
