package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.Comparison;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.MetricKind;
import dk.erhvervshus.reference.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GoalStatusPolicyTest {

    private final GoalStatusPolicy policy = new GoalStatusPolicy();

    // 30 June 2023 is day 181 of 365: the pro-rata part of 800 is 800 × 181/365 = 396.71.
    private static final ContractPeriod JUNE_30 = new ContractPeriod(2023, LocalDate.of(2023, 6, 30));
    private static final ContractPeriod YEAR_END = new ContractPeriod(2023, LocalDate.of(2023, 12, 31));

    private static GoalDefinition goal(Unit unit, Comparison comparison, String target) {
        return new GoalDefinition("G", 1, "goal", null, MetricKind.UNIQUE_COMPANIES, unit, comparison,
                new BigDecimal(target), "guidance-service", null, null);
    }

    private static Measurement share(long numerator, long denominator) {
        return Measurement.share(numerator, denominator, Accrual.SHARE);
    }

    @Nested
    class While_the_year_runs {

        private final GoalDefinition count800 = goal(Unit.COUNT, Comparison.AT_LEAST, "800");

        @Test
        void a_count_at_or_above_the_pro_rata_target_is_on_track() {
            assertThat(policy.statusOf(count800, Measurement.count(397), JUNE_30)).isEqualTo(GoalStatus.ON_TRACK);
        }

        @Test
        void a_count_below_the_pro_rata_target_is_at_risk() {
            assertThat(policy.statusOf(count800, Measurement.count(396), JUNE_30)).isEqualTo(GoalStatus.AT_RISK);
        }

        @Test
        void a_count_that_reached_the_target_is_met_already() {
            assertThat(policy.statusOf(count800, Measurement.count(800), JUNE_30)).isEqualTo(GoalStatus.MET);
        }

        @Test
        void a_share_meeting_the_target_is_on_track_but_not_met_because_it_can_still_fall() {
            GoalDefinition half = goal(Unit.PERCENT, Comparison.AT_LEAST, "50");
            assertThat(policy.statusOf(half, share(1, 2), JUNE_30)).isEqualTo(GoalStatus.ON_TRACK);
            assertThat(policy.statusOf(half, share(499, 1000), JUNE_30)).isEqualTo(GoalStatus.AT_RISK);
        }

        @Test
        void greater_than_is_not_met_by_equality() {
            GoalDefinition moreThanHalf = goal(Unit.PERCENT, Comparison.GREATER_THAN, "50");
            assertThat(policy.statusOf(moreThanHalf, share(1, 2), JUNE_30)).isEqualTo(GoalStatus.AT_RISK);
            assertThat(policy.statusOf(moreThanHalf, share(501, 1000), JUNE_30)).isEqualTo(GoalStatus.ON_TRACK);
        }

        @Test
        void the_pro_rata_target_uses_the_days_of_a_leap_year() {
            // 2024 has 366 days; 30 June is day 182: 366 × 182/366 = 182 needed of a target of 366.
            GoalDefinition count366 = goal(Unit.COUNT, Comparison.AT_LEAST, "366");
            ContractPeriod june2024 = new ContractPeriod(2024, LocalDate.of(2024, 6, 30));
            assertThat(policy.statusOf(count366, Measurement.count(182), june2024)).isEqualTo(GoalStatus.ON_TRACK);
            assertThat(policy.statusOf(count366, Measurement.count(181), june2024)).isEqualTo(GoalStatus.AT_RISK);
        }

        @Test
        void before_the_year_starts_nothing_is_due_yet() {
            ContractPeriod december2022 = new ContractPeriod(2023, LocalDate.of(2022, 12, 1));
            assertThat(policy.statusOf(count800, Measurement.count(0), december2022)).isEqualTo(GoalStatus.ON_TRACK);
        }
    }

    @Nested
    class After_the_year {

        @Test
        void december_31st_is_the_end_of_the_year() {
            assertThat(YEAR_END.hasEnded()).isTrue();
            assertThat(new ContractPeriod(2023, LocalDate.of(2023, 12, 30)).hasEnded()).isFalse();
        }

        @Test
        void a_count_is_met_or_not_met() {
            GoalDefinition count800 = goal(Unit.COUNT, Comparison.AT_LEAST, "800");
            assertThat(policy.statusOf(count800, Measurement.count(800), YEAR_END)).isEqualTo(GoalStatus.MET);
            assertThat(policy.statusOf(count800, Measurement.count(799), YEAR_END)).isEqualTo(GoalStatus.NOT_MET);
        }

        @Test
        void a_share_is_met_or_not_met() {
            GoalDefinition half = goal(Unit.PERCENT, Comparison.AT_LEAST, "50");
            assertThat(policy.statusOf(half, share(1, 2), YEAR_END)).isEqualTo(GoalStatus.MET);
            assertThat(policy.statusOf(half, share(1, 3), YEAR_END)).isEqualTo(GoalStatus.NOT_MET);
        }

        @Test
        void greater_than_zero_needs_more_than_zero() {
            GoalDefinition moreThanZero = goal(Unit.PERCENTAGE_POINTS, Comparison.GREATER_THAN, "0");
            Measurement zero = Measurement.count(0);
            assertThat(policy.statusOf(moreThanZero, zero, YEAR_END)).isEqualTo(GoalStatus.NOT_MET);
            assertThat(policy.statusOf(moreThanZero, Measurement.count(1), YEAR_END)).isEqualTo(GoalStatus.MET);
            assertThat(policy.fulfilmentPercent(moreThanZero, zero)).isEqualTo(Fraction.ZERO);
            assertThat(policy.fulfilmentPercent(moreThanZero, Measurement.count(1))).isEqualTo(Fraction.of(100));
        }

        @Test
        void unmet_criteria_keep_a_reached_target_from_being_met() {
            GoalDefinition one = goal(Unit.COUNT, Comparison.AT_LEAST, "1");
            Measurement withOpenCriterion = Measurement.count(3)
                    .withCriteria(List.of(new Criterion("a", true), new Criterion("b", false)));
            assertThat(policy.statusOf(one, withOpenCriterion, YEAR_END)).isEqualTo(GoalStatus.NOT_MET);
            assertThat(policy.fulfilmentPercent(one, withOpenCriterion)).isEqualTo(Fraction.of(50));
        }
    }

    @Test
    void no_denominator_means_no_data_whatever_the_date() {
        GoalDefinition half = goal(Unit.PERCENT, Comparison.AT_LEAST, "50");
        assertThat(policy.statusOf(half, share(0, 0), JUNE_30)).isEqualTo(GoalStatus.NO_DATA);
        assertThat(policy.statusOf(half, share(0, 0), YEAR_END)).isEqualTo(GoalStatus.NO_DATA);
        assertThat(policy.fulfilmentPercent(half, share(0, 0))).isNull();
    }

    @Test
    void a_negative_actual_fulfils_nothing() {
        GoalDefinition nps70 = goal(Unit.NPS, Comparison.AT_LEAST, "70");
        Measurement minus20 = Measurement.value(Fraction.of(-20), Accrual.SHARE);
        assertThat(policy.fulfilmentPercent(nps70, minus20)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void more_than_a_positive_target_is_also_all_or_nothing() {
        GoalDefinition moreThan10 = goal(Unit.PERCENTAGE_POINTS, Comparison.GREATER_THAN, "10");
        assertThat(policy.fulfilmentPercent(moreThan10, Measurement.value(Fraction.of(10), Accrual.SHARE))).isEqualTo(Fraction.ZERO);
        assertThat(policy.fulfilmentPercent(moreThan10, Measurement.value(Fraction.of(5), Accrual.SHARE))).isEqualTo(Fraction.ZERO);
        assertThat(policy.fulfilmentPercent(moreThan10, Measurement.value(Fraction.of(21, 2), Accrual.SHARE)))
                .isEqualTo(Fraction.of(100));
    }

    @Test
    void fulfilment_is_actual_over_target_capped_at_100() {
        GoalDefinition count800 = goal(Unit.COUNT, Comparison.AT_LEAST, "800");
        assertThat(policy.fulfilmentPercent(count800, Measurement.count(412))).isEqualTo(Fraction.of(103, 2)); // 51.5
        assertThat(policy.fulfilmentPercent(count800, Measurement.count(900))).isEqualTo(Fraction.of(100));
    }
}
