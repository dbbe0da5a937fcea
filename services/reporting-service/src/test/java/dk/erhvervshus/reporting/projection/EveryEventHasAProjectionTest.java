package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the sealed families the service reads: an event added to contracts-api without a
 * projection here fails this test (the course visitor already fails compilation; the activity
 * family has no visitor).
 */
class EveryEventHasAProjectionTest {

    static Stream<Class<?>> eventsOfTheFamiliesRead() {
        List<Class<?>> events = new ArrayList<>();
        events.addAll(List.of(GuidanceEvent.class.getPermittedSubclasses()));
        events.addAll(List.of(GoalActivityEvent.class.getPermittedSubclasses()));
        return events.stream();
    }

    @ParameterizedTest
    @MethodSource("eventsOfTheFamiliesRead")
    @SuppressWarnings("unchecked")
    void every_event_of_the_families_read_changes_a_read_model(Class<?> eventType) {
        String wireName = WireTypes.wireNameOf((Class<? extends DomainEvent>) eventType);
        List<ConsumedRecord> records = new ArrayList<>();
        if (GuidanceEvent.class.isAssignableFrom(eventType) && eventType != GuidanceCourseStarted.class) {
            records.add(Records.golden(WireTypes.wireNameOf(GuidanceCourseStarted.class), 0, 0));
        }
        records.add(Records.golden(wireName, 0, 1));
        DecodedBatch batch = DecodedBatch.decode(records);

        ProjectedBatch projected = new BatchProjector().project(batch.events(), Map.of());

        assertThat(batch.malformed()).isEmpty();
        assertThat(projected.parked()).isEmpty();
        long version = batch.events().get(batch.events().size() - 1).envelope().version();
        boolean courseChanged = projected.courses().stream().anyMatch(c -> c.lastVersion() == version);
        boolean activityReported = projected.activityReports().stream().anyMatch(r -> r.version() == version);
        assertThat(courseChanged || activityReported).as(wireName + " reaches a read model").isTrue();
    }
}
