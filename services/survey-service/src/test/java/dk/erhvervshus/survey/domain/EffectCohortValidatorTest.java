package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.validation.Validated;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.erhvervshus.survey.domain.TestFixtures.fieldsOf;
import static dk.erhvervshus.survey.domain.TestFixtures.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

class EffectCohortValidatorTest {

    private static final String A = "13585628";
    private static final String B = "19319970";
    private static final String C = TestCvrs.valid(1);
    private static final String D = TestCvrs.valid(2);

    private final EffectCohortValidator validator = new EffectCohortValidator(TestFixtures.HOUSES, TestFixtures.TODAY);

    private Validated<EffectCohortDefined> cohort(List<String> treated, List<String> control) {
        return validator.validate(new EffectCohortForm("COHORT-2021-GROWTH", "nordjylland", "2021", "GROWTH", treated,
                control));
    }

    @Test
    void a_cohort_pairs_the_treated_companies_with_a_control_group() {
        EffectCohortDefined cohort = cohort(List.of(A, B), List.of(C, D)).orElseThrow();

        assertThat(cohort).isEqualTo(new EffectCohortDefined("COHORT-2021-GROWTH", "nordjylland", 2021, Segment.GROWTH,
                List.of(A, B), List.of(C, D)));
    }

    @Test
    void both_groups_need_at_least_one_company() {
        assertThat(fieldsOf(cohort(List.of(), null))).containsExactly("treated", "control");
    }

    @Test
    void each_company_is_a_valid_cvr_number_named_by_its_place_in_the_list() {
        assertThat(fieldsOf(cohort(List.of(A, "13585627"), List.of(C, "", D)))).containsExactly("treated[1]",
                "control[1]");
    }

    @Test
    void a_company_is_listed_once_per_group() {
        assertThat(messageFor(cohort(List.of(A, B, A), List.of(C)), "treated[2]"))
                .isEqualTo("13585628 is listed more than once");
    }

    @Test
    void no_company_is_in_both_groups() {
        assertThat(messageFor(cohort(List.of(A, B), List.of(C, B)), "control[1]"))
                .isEqualTo("19319970 is also in treated; the groups must not overlap");
    }

    @Test
    void an_empty_cohort_names_each_required_field() {
        assertThat(fieldsOf(validator.validate(new EffectCohortForm(null, null, null, null, null, null))))
                .containsExactly("cohortId", "house", "cohortYear", "segment", "treated", "control");
    }
}
