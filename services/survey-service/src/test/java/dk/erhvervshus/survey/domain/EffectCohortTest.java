package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.validation.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectCohortTest {

    private static final EffectCohortDefined DEFINED = cohort(Segment.GROWTH, List.of("13585628", "19319970"),
            List.of(TestCvrs.valid(1)));

    private static EffectCohortDefined cohort(Segment segment, List<String> treated, List<String> control) {
        return new EffectCohortDefined("C-2021-G", "nordjylland", 2021, segment, treated, control);
    }

    private static EffectCohort given(EffectCohortEvent... history) {
        return EffectCohort.rebuild("C-2021-G", List.of(history));
    }

    @Test
    void a_new_cohort_is_defined() {
        assertThat(given().decide(DEFINED)).containsExactly(DEFINED);
    }

    @Test
    void the_same_companies_in_another_order_change_nothing() {
        EffectCohortDefined reordered = cohort(Segment.GROWTH, List.of("19319970", "13585628"), DEFINED.control());

        assertThat(given(DEFINED).decide(reordered)).isEmpty();
    }

    @Test
    void other_companies_redefine_the_cohort() {
        EffectCohortDefined corrected = cohort(Segment.GROWTH, List.of("13585628"), DEFINED.control());

        assertThat(given(DEFINED).decide(corrected)).containsExactly(corrected);
        assertThat(given(DEFINED, corrected).version()).isEqualTo(2);
    }

    @Test
    void another_segment_under_a_defined_id_is_a_conflict() {
        assertThatThrownBy(() -> given(DEFINED).decide(cohort(Segment.OPERATION, DEFINED.treated(), DEFINED.control())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nordjylland 2021 GROWTH");
    }
}
