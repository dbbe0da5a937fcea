package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the sealed families the service reads: an event added to contracts-api without a
 * projection here fails this test (the course and referral visitors already fail compilation; the
 * other families have no visitor).
 */
class EveryEventHasAProjectionTest {

    /** The families the service reads, guidance-events' and survey-events'. */
    static final List<Class<?>> FAMILIES = List.of(GuidanceEvent.class, GoalActivityEvent.class, SurveyResponseEvent.class,
            AwarenessSurveyEvent.class, ReferralEvent.class, CompanyFiguresEvent.class, EffectCohortEvent.class);

    /** The event that starts a stream, for families whose later events need it first. */
    private static final Map<Class<?>, Class<? extends DomainEvent>> FIRST_EVENT = Map.of(
            GuidanceEvent.class, GuidanceCourseStarted.class,
            ReferralEvent.class, ReferralMade.class);

    static Stream<Class<?>> eventsOfTheFamiliesRead() {
        List<Class<?>> events = new ArrayList<>();
        FAMILIES.forEach(family -> events.addAll(List.of(family.getPermittedSubclasses())));
        return events.stream();
    }

    @ParameterizedTest
    @MethodSource("eventsOfTheFamiliesRead")
    @SuppressWarnings("unchecked")
    void every_event_of_the_families_read_changes_a_read_model(Class<?> eventType) {
        String wireName = WireTypes.wireNameOf((Class<? extends DomainEvent>) eventType);
        List<ConsumedRecord> records = new ArrayList<>();
        FIRST_EVENT.forEach((family, first) -> {
            if (family.isAssignableFrom(eventType) && eventType != first) {
                records.add(Records.golden(WireTypes.wireNameOf(first), 0, 0));
            }
        });
        // The event follows its stream's first one directly, whatever version its golden sample has.
        records.add(records.isEmpty() ? Records.golden(wireName, 0, 1) : Records.golden(wireName, 2, 0, 1));
        DecodedBatch batch = DecodedBatch.decode(records);

        ProjectedBatch projected = new BatchProjector().project(batch.events(), Map.of(), Map.of(), StreamVersions.none());

        assertThat(batch.malformed()).isEmpty();
        assertThat(projected.parked()).isEmpty();
        long version = batch.events().get(batch.events().size() - 1).envelope().version();
        boolean reached = written(projected.courses(), CourseState::lastVersion, version)
                || written(projected.activityReports(), ActivityStatusRow::version, version)
                || written(projected.surveyResponses(), SurveyResponseRow::version, version)
                || written(projected.awarenessSurveys(), AwarenessSurveyRow::version, version)
                || written(projected.referrals(), ReferralState::lastVersion, version)
                || written(projected.companyFigures(), CompanyFiguresRow::lastVersion, version)
                || written(projected.effectCohorts(), EffectCohortRow::lastVersion, version);
        assertThat(reached).as(wireName + " reaches a read model").isTrue();
    }

    @ParameterizedTest
    @MethodSource("eventsOfTheFamiliesRead")
    @SuppressWarnings("unchecked")
    void every_event_of_the_families_read_is_on_a_topic_the_consumer_reads(Class<?> eventType) {
        String wireName = WireTypes.wireNameOf((Class<? extends DomainEvent>) eventType);

        assertThat(EventConsumer.TOPICS).contains(Records.topicOf(wireName));
    }

    private static <R> boolean written(Collection<R> rows, ToLongFunction<R> version, long expected) {
        return rows.stream().anyMatch(r -> version.applyAsLong(r) == expected);
    }
}
