package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * survey-service's ids are unique per house only: the same response, survey, referral or cohort id
 * in two houses is two records, each in its own house's stream.
 */
class SurveyRecordsPerHouseTest {

    private static final String NORD = "nordjylland";
    private static final String MIDT = "midtjylland";

    private final BatchProjector projector = new BatchProjector();

    @Test
    void two_houses_responses_with_the_same_response_id_are_two_rows_each_in_its_own_house() {
        ProjectedBatch projected = project(
                response(NORD, "ES-1", "11111111", CompetenceSatisfaction.VERY_SATISFIED, 1),
                response(MIDT, "ES-1", "22222222", CompetenceSatisfaction.NEUTRAL, 1));

        assertThat(projected.surveyResponses())
                .extracting(SurveyResponseRow::house, SurveyResponseRow::responseId, SurveyResponseRow::cvr)
                .containsExactlyInAnyOrder(
                        tuple(NORD, "ES-1", "11111111"),
                        tuple(MIDT, "ES-1", "22222222"));
    }

    @Test
    void a_later_version_in_one_house_does_not_hide_the_same_response_id_of_another_house() {
        ProjectedBatch projected = project(
                response(NORD, "ES-1", "11111111", CompetenceSatisfaction.VERY_SATISFIED, 1),
                response(NORD, "ES-1", "11111111", CompetenceSatisfaction.SATISFIED, 2),
                response(MIDT, "ES-1", "22222222", CompetenceSatisfaction.NEUTRAL, 1));

        assertThat(projected.surveyResponses())
                .extracting(SurveyResponseRow::house, SurveyResponseRow::version, SurveyResponseRow::competenceSatisfaction)
                .containsExactlyInAnyOrder(
                        tuple(NORD, 2L, CompetenceSatisfaction.SATISFIED),
                        tuple(MIDT, 1L, CompetenceSatisfaction.NEUTRAL));
    }

    @Test
    void a_referral_outcome_of_one_house_does_not_change_another_houses_referral_of_the_same_id() {
        ReferralState nordsReferral = projector.project(decode(referralMade(NORD, "REF-1", "11111111")), Map.of(), Map.of(), StreamVersions.none())
                .referrals().iterator().next();
        DecodedBatch midtsBatch = DecodedBatch.decode(List.of(
                Records.of(referralMade(MIDT, "REF-1", "22222222"), 0, 10),
                Records.of(outcome(MIDT, "REF-1", true, 2), 0, 11)));

        // The consumer loads the rows of the keys the batch names: only Midtjylland's REF-1, which it has not yet.
        assertThat(midtsBatch.referralKeys()).containsExactly(new PerHouseId(MIDT, "REF-1"));
        ProjectedBatch projected = projector.project(midtsBatch.events(), Map.of(),
                Map.of(new PerHouseId(NORD, "REF-1"), nordsReferral), StreamVersions.none());

        assertThat(projected.referrals()).singleElement().satisfies(r -> {
            assertThat(r.house()).isEqualTo(MIDT);
            assertThat(r.cvr()).isEqualTo("22222222");
            assertThat(r.used()).isTrue();
        });
        assertThat(nordsReferral.used()).isNull();
        assertThat(projected.parked()).isEmpty();
    }

    @Test
    void an_outcome_for_a_house_that_never_made_the_referral_is_parked_though_another_house_made_one_of_that_id() {
        ReferralState nordsReferral = projector.project(decode(referralMade(NORD, "REF-1", "11111111")), Map.of(), Map.of(), StreamVersions.none())
                .referrals().iterator().next();

        ProjectedBatch projected = projector.project(decode(outcome(MIDT, "REF-1", true, 2)), Map.of(),
                Map.of(new PerHouseId(NORD, "REF-1"), nordsReferral), StreamVersions.none());

        assertThat(projected.referrals()).isEmpty();
        // Midtjylland's stream of REF-1 never started: the outcome waits for its version 1.
        assertThat(projected.parked()).singleElement().satisfies(p -> {
            assertThat(p.stream()).isEqualTo("referral:midtjylland:REF-1");
            assertThat(p.reason()).isEqualTo("waiting for version 1");
        });
    }

    @Test
    void awareness_surveys_and_cohorts_of_the_same_id_in_two_houses_are_two_rows() {
        ProjectedBatch projected = project(
                awareness(NORD, "KM-1", 520), awareness(MIDT, "KM-1", 610),
                cohort(NORD, "C-1", "11111111"), cohort(MIDT, "C-1", "22222222"));

        assertThat(projected.awarenessSurveys()).extracting(AwarenessSurveyRow::house, AwarenessSurveyRow::awareOfHouse)
                .containsExactlyInAnyOrder(tuple(NORD, 520),
                        tuple(MIDT, 610));
        assertThat(projected.effectCohorts()).extracting(EffectCohortRow::house, EffectCohortRow::treated)
                .containsExactlyInAnyOrder(tuple(NORD, List.of("11111111")),
                        tuple(MIDT, List.of("22222222")));
    }

    @Test
    void a_record_naming_another_house_than_its_stream_is_parked() {
        SurveyResponseRecorded midtsAnswer = new SurveyResponseRecorded("ES-7", MIDT, "22222222", 2023, Segment.GROWTH,
                LocalDate.of(2023, 5, 2), null, null, null, null, null, null);
        EventEnvelope inNordsStream = envelope(SurveyResponseEvent.aggregateId(NORD, "ES-7"), NORD, 1, midtsAnswer);

        ProjectedBatch projected = project(inNordsStream);

        assertThat(projected.surveyResponses()).isEmpty();
        assertThat(projected.parked()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("survey response ES-7 names house 'midtjylland' but its stream is of house 'nordjylland'"));
    }

    private ProjectedBatch project(EventEnvelope... envelopes) {
        return projector.project(decode(envelopes), Map.of(), Map.of(), StreamVersions.none());
    }

    private static List<DecodedEvent> decode(EventEnvelope... envelopes) {
        List<ConsumedRecord> records = new ArrayList<>();
        for (int i = 0; i < envelopes.length; i++) {
            records.add(Records.of(envelopes[i], 0, i));
        }
        return DecodedBatch.decode(records).events();
    }

    private static EventEnvelope response(String house, String id, String cvr, CompetenceSatisfaction satisfaction,
                                          long version) {
        return envelope(SurveyResponseEvent.aggregateId(house, id), house, version, new SurveyResponseRecorded(id, house,
                cvr, 2023, Segment.GROWTH, LocalDate.of(2023, 5, 2), satisfaction, 9, null, null, null, null));
    }

    private static EventEnvelope referralMade(String house, String id, String cvr) {
        return envelope(ReferralEvent.aggregateId(house, id), house, 1, new ReferralMade(id, house, cvr,
                LocalDate.of(2023, 3, 1), ReferralDirection.OUTBOUND, CounterpartType.PRIVATE_ADVISOR, "Revisor", "851"));
    }

    private static EventEnvelope outcome(String house, String id, boolean used, long version) {
        return envelope(ReferralEvent.aggregateId(house, id), house, version,
                new ReferralOutcomeReported(id, used, LocalDate.of(2023, 4, 1)));
    }

    private static EventEnvelope awareness(String house, String id, int aware) {
        return envelope(AwarenessSurveyEvent.aggregateId(house, id), house, 1,
                new AwarenessSurveyRecorded(id, house, 2023, 1000, aware, 300, LocalDate.of(2023, 10, 15)));
    }

    private static EventEnvelope cohort(String house, String id, String treated) {
        return envelope(EffectCohortEvent.aggregateId(house, id), house, 1,
                new EffectCohortDefined(id, house, 2021, Segment.GROWTH, List.of(treated), List.of("80000001")));
    }

    private static EventEnvelope envelope(String aggregateId, String house, long version, DomainEvent payload) {
        Instant at = Instant.parse("2023-05-02T08:00:00Z");
        return new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(payload.getClass()), aggregateId, version, 0,
                at, at, "survey-service", house, null, "erhvervsstyrelsen-feed", payload);
    }
}
