package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.GoldenSamples;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The survey read-model rows after the contract's golden samples. */
class SurveyProjectionsTest {

    private static EventEnvelope sample(String wireName) {
        return GoldenSamples.sample(wireName);
    }

    @Test
    void a_recorded_response_is_a_row_with_every_answer() {
        EventEnvelope e = sample("survey.response-recorded.v1");

        SurveyResponseRow row = new SurveyResponseProjection().toRow((SurveyResponseEvent) e.payload(), e.version());

        assertThat(row).isEqualTo(new SurveyResponseRow("ES-2023-000123", "nordjylland", "13585628", 2023, Segment.GROWTH,
                LocalDate.of(2023, 5, 2), CompetenceSatisfaction.VERY_SATISFIED, 9, ExpectedEffect.HIGH, true, true,
                ReferralUse.YES, 1));
    }

    @Test
    void missing_answers_stay_missing_but_a_response_without_segment_cannot_be_projected() {
        SurveyResponseRecorded skipped = new SurveyResponseRecorded("ES-1", "nordjylland", "13585628", 2023, Segment.OPERATION,
                LocalDate.of(2023, 5, 2), null, null, null, null, null, null);
        SurveyResponseRecorded noSegment = new SurveyResponseRecorded("ES-2", "nordjylland", "13585628", 2023, null,
                LocalDate.of(2023, 5, 2), null, null, null, null, null, null);

        SurveyResponseRow row = new SurveyResponseProjection().toRow(skipped, 1);

        assertThat(row.competenceSatisfaction()).isNull();
        assertThat(row.recommendScore()).isNull();
        assertThat(row.receivedReferral()).isNull();
        assertThatThrownBy(() -> new SurveyResponseProjection().toRow(noSegment, 1))
                .isInstanceOf(UnprojectableEventException.class).hasMessage("survey response ES-2 lacks segment");
    }

    @Test
    void an_awareness_survey_is_a_row() {
        EventEnvelope e = sample("survey.awareness-survey-recorded.v1");

        AwarenessSurveyRow row = new AwarenessSurveyProjection().toRow((AwarenessSurveyEvent) e.payload(), e.version());

        assertThat(row).isEqualTo(new AwarenessSurveyRow("KM-2023-NJ", "nordjylland", 2023, 1000, 520, 390,
                LocalDate.of(2023, 10, 15), 1));
    }

    @Test
    void a_referral_and_then_its_outcome() {
        EventEnvelope made = sample("survey.referral-made.v1");
        EventEnvelope outcome = sample("survey.referral-outcome-reported.v1");
        ReferralProjection projection = new ReferralProjection();

        ReferralState afterMade = projection.apply(null, (ReferralEvent) made.payload(), made.version());
        ReferralState afterOutcome = projection.apply(afterMade, (ReferralEvent) outcome.payload(), outcome.version());

        assertThat(afterMade).isEqualTo(new ReferralState("REF-2023-0042", "nordjylland", "19319970", LocalDate.of(2023, 4, 11),
                ReferralDirection.OUTBOUND, CounterpartType.PRIVATE_ADVISOR, "Revisionsfirma Nord", "860", null, null, 1));
        assertThat(afterOutcome.used()).isTrue();
        assertThat(afterOutcome.outcomeReportedOn()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(afterOutcome.lastVersion()).isEqualTo(2);
        assertThat(projection.apply(afterOutcome, (ReferralEvent) made.payload(), made.version())).isSameAs(afterOutcome);
    }

    @Test
    void an_outcome_of_a_referral_never_made_cannot_be_projected() {
        EventEnvelope outcome = sample("survey.referral-outcome-reported.v1");

        assertThatThrownBy(() -> new ReferralProjection().apply(null, (ReferralEvent) outcome.payload(), outcome.version()))
                .isInstanceOf(UnprojectableEventException.class).hasMessageContaining("REF-2023-0042");
    }

    @Test
    void company_figures_are_a_row_per_company_and_year() {
        EventEnvelope e = sample("survey.company-figures-reported.v1");

        CompanyFiguresRow row = new CompanyFiguresProjection().toRow((CompanyFiguresEvent) e.payload(), e.version());

        assertThat(e.house()).isEqualTo(CompanyFiguresEvent.NATIONAL);
        assertThat(row.cvr()).isEqualTo("13585628");
        assertThat(row.year()).isEqualTo(2023);
        assertThat(row.revenueDkk()).isEqualByComparingTo(new BigDecimal("12500000"));
        assertThat(row.fte()).isEqualByComparingTo(new BigDecimal("23.5"));
        assertThat(row.lastVersion()).isEqualTo(1);
    }

    @Test
    void an_effect_cohort_is_a_row_with_both_lists() {
        EventEnvelope e = sample("survey.effect-cohort-defined.v1");

        EffectCohortRow row = new EffectCohortProjection().toRow((EffectCohortEvent) e.payload(), e.version());

        assertThat(row).isEqualTo(new EffectCohortRow("cohort-nordjylland-2021-GROWTH", "nordjylland", 2021, Segment.GROWTH,
                List.of("13585628"), List.of("19319970"), 1));
    }
}
