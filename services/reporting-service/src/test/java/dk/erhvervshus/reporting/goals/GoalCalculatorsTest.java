package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.MetricKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static dk.erhvervshus.reporting.goals.ResponseRow.response;
import static org.assertj.core.api.Assertions.assertThat;

class GoalCalculatorsTest {

    private static final Set<MetricKind> SURVEY_FED = EnumSet.of(MetricKind.AWARENESS_SHARE, MetricKind.SATISFACTION_SHARE,
            MetricKind.NPS, MetricKind.REFERRAL_UPTAKE, MetricKind.GREEN_AWARENESS_SHARE, MetricKind.EXPECTED_EFFECT_SHARE,
            MetricKind.COHORT_GROWTH_DIFFERENCE, MetricKind.DIGITAL_EFFECT_SHARE);

    private final GoalCalculators calculators = new GoalCalculators();

    @ParameterizedTest
    @EnumSource(MetricKind.class)
    void every_metric_kind_has_a_calculator(MetricKind kind) {
        assertThat(calculators.forKind(kind)).isNotNull();
    }

    @Test
    void survey_fed_goals_without_survey_data_report_no_data_and_name_the_feed_they_wait_for() {
        List<GoalResult> results = new GoalEvaluator().evaluateAll(Nordjylland.CATALOGUE_2023, Nordjylland.facts("2023-12-31"));

        List<GoalResult> surveyFed = results.stream().filter(r -> SURVEY_FED.contains(r.goal().metric())).toList();
        assertThat(surveyFed).extracting(r -> r.goal().id()).containsExactly(
                "G1-AWARENESS", "G3-SATISFACTION-GROWTH", "G3-SATISFACTION-OPERATION", "G3-NPS-GROWTH",
                "G3-NPS-OPERATION", "G4-REFERRAL-UPTAKE", "G5-GREEN-AWARENESS", "G6-EXPECTED-EFFECT",
                "G6-GROWTH-REVENUE", "G6-GROWTH-EMPLOYMENT", "G6-PRODUCTIVITY", "G7-DIGITAL-EFFECT");
        assertThat(surveyFed).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(GoalStatus.NO_DATA);
            assertThat(r.actual()).isNull();
            assertThat(r.fulfilmentPercent()).isNull();
            assertThat(r.awaitingFeed()).isEqualTo(r.goal().feed()).startsWith("survey-service");
        });
    }

    @Test
    void a_survey_goal_with_data_is_computed_and_waits_for_nothing() {
        GoalFacts facts = SurveyTable.survey()
                .responses(response("R1").satisfaction(CompetenceSatisfaction.VERY_SATISFIED))
                .asOf("2023-12-31");

        GoalResult result = new GoalEvaluator().evaluate(Nordjylland.goal("G3-SATISFACTION-GROWTH"), facts);

        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.awaitingFeed()).isNull();
    }

    @Test
    void any_goal_without_data_names_its_feed_also_a_guidance_goal() {
        // One company guided but not enrolled in the evaluation: goal 1's share has no denominator.
        GoalResult result = new GoalEvaluator().evaluate(Nordjylland.goal("G1-NEW-COMPANIES"),
                Nordjylland.facts("2023-12-31", company("A").notEnrolled()));

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.awaitingFeed()).isEqualTo("guidance-service");
    }

    @Test
    void an_empty_year_is_judged_by_the_catalogues_targets() {
        List<GoalResult> results = new GoalEvaluator().evaluateAll(Nordjylland.CATALOGUE_2023, Nordjylland.facts("2023-12-31"));

        assertThat(results).hasSize(Nordjylland.CATALOGUE_2023.goals().size());
        assertThat(status(results, "G1-NEW-COMPANIES")).isEqualTo(GoalStatus.NO_DATA);
        assertThat(status(results, "G2-GEOGRAPHIC-SPREAD")).isEqualTo(GoalStatus.NO_DATA);
        assertThat(status(results, "G5-SUSTAINABILITY-WHEEL")).isEqualTo(GoalStatus.NOT_MET);
        assertThat(status(results, "G8-REGIONAL-STRATEGY")).isEqualTo(GoalStatus.NOT_MET);
        assertThat(status(results, "G11-UNIQUE-COMPANIES")).isEqualTo(GoalStatus.NOT_MET);
        assertThat(results).filteredOn(r -> r.status() != GoalStatus.NO_DATA)
                .allSatisfy(r -> assertThat(r.awaitingFeed()).isNull());
        assertThat(results).filteredOn(r -> r.status() == GoalStatus.NO_DATA)
                .allSatisfy(r -> assertThat(r.awaitingFeed()).isEqualTo(r.goal().feed()));
    }

    private static GoalStatus status(List<GoalResult> results, String goalId) {
        GoalDefinition goal = Nordjylland.goal(goalId);
        return results.stream().filter(r -> r.goal().equals(goal)).findFirst().orElseThrow().status();
    }
}
