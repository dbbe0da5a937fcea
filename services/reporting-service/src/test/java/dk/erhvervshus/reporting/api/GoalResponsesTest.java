package dk.erhvervshus.reporting.api;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.CompanyFigures;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.EffectCohort;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.SurveyFacts;
import dk.erhvervshus.reporting.goals.SurveyResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GoalResponsesTest {

    private final House house = Houses.load().find("nordjylland").orElseThrow();
    private final GoalCatalogue catalogue = new GoalCatalogues().find("nordjylland", 2023).orElseThrow();
    private final ContractPeriod period = new ContractPeriod(2023, LocalDate.of(2023, 12, 31));
    private final HouseYear request = new HouseYear(house, catalogue, period);

    private final GoalFacts facts = GoalFacts.of(house, period, List.of(
            new GuidedCourse("c1", "nordjylland", "13585628", "851", GuidanceCategory.GROWTH,
                    Set.of(Theme.GREEN_TRANSITION), LocalDate.of(2023, 2, 1), false, true, true),
            new GuidedCourse("c2", "nordjylland", "19319970", "860", GuidanceCategory.SHORT,
                    Set.of(), LocalDate.of(2023, 5, 1), false, false, true)),
            List.of(new ActivityStatusChange("G5-A1", LocalDate.of(2023, 9, 1), 1, ActivityStatus.DONE, "live")));

    private final List<GoalResult> results = new GoalEvaluator().evaluateAll(catalogue, facts);

    @Test
    void every_goal_of_the_catalogue_maps_to_a_detail_with_its_breakdown() {
        for (GoalResult result : results) {
            GoalDetailResponse detail = GoalResponses.detail(request, Instant.EPOCH, java.util.Map.of(), result);
            assertThat(detail.id()).isEqualTo(result.goal().id());
            assertThat(detail.breakdowns() != null).isEqualTo(result.breakdown() != null);
        }
    }

    @Test
    void the_list_carries_the_contract_fields_rounded() {
        GoalsResponse list = GoalResponses.list(request, Instant.EPOCH, java.util.Map.of(), results);

        GoalSummary unique = list.goals().stream().filter(g -> g.id().equals("G11-UNIQUE-COMPANIES")).findFirst().orElseThrow();
        assertThat(unique.target()).isEqualTo(new BigDecimal("800"));
        assertThat(unique.actual()).isEqualTo(new BigDecimal("2"));
        assertThat(unique.fulfilmentPercent()).isEqualTo(new BigDecimal("0.3")); // 100 × 2/800 = 0.25 → 0.3
        assertThat(unique.status()).isEqualTo("NOT_MET");
        assertThat(unique.unit()).isEqualTo("COUNT");
        assertThat(unique.comparison()).isEqualTo("AT_LEAST");

        GoalSummary awareness = list.goals().get(0);
        assertThat(awareness.status()).isEqualTo("NO_DATA");
        assertThat(awareness.awaitingFeed()).isEqualTo(awareness.feed());
    }

    @Test
    void the_wheel_goal_shows_its_criteria_and_self_help_activity() {
        GoalResult wheel = results.stream().filter(r -> r.goal().id().equals("G5-SUSTAINABILITY-WHEEL")).findFirst().orElseThrow();

        GoalDetailResponse detail = GoalResponses.detail(request, Instant.EPOCH, java.util.Map.of(), wheel);

        assertThat(detail.status()).isEqualTo("MET");
        assertThat(detail.criteria()).extracting(CriterionEntry::name).containsExactly("wheelUsedInCourses", "selfHelpActivityDone");
        WheelBreakdownView breakdown = (WheelBreakdownView) detail.breakdowns();
        assertThat(breakdown.greenTransitionWheelShare()).isEqualTo(new BigDecimal("100"));
        assertThat(breakdown.selfHelpActivity().status()).isEqualTo("DONE");
        assertThat(detail.activities()).singleElement().satisfies(a -> assertThat(a.changedOn()).isEqualTo(LocalDate.of(2023, 9, 1)));
    }

    @Test
    void survey_goals_map_their_breakdowns_rounded_with_only_their_fields() {
        ContractPeriod yearEnd = new ContractPeriod(2023, LocalDate.of(2023, 12, 31));
        SurveyFacts survey = SurveyFacts.of(house, yearEnd,
                List.of(new SurveyResponse("ES-1", "nordjylland", "13585628", 2023, Segment.GROWTH, LocalDate.of(2023, 5, 2),
                                CompetenceSatisfaction.VERY_SATISFIED, 10, ExpectedEffect.HIGH, true, true, ReferralUse.YES),
                        new SurveyResponse("ES-2", "nordjylland", "99999999", 2023, Segment.GROWTH, LocalDate.of(2023, 5, 2),
                                CompetenceSatisfaction.SATISFIED, 3, ExpectedEffect.SOME, null, null, null),
                        new SurveyResponse("ES-3", "nordjylland", "88888888", 2023, Segment.GROWTH, LocalDate.of(2023, 5, 2),
                                CompetenceSatisfaction.SATISFIED, 8, ExpectedEffect.HIGH, null, null, null)),
                List.of(), List.of(),
                List.of(new EffectCohort("C-G", "nordjylland", 2021, Segment.GROWTH, List.of("1"), List.of("2"))),
                List.of(new CompanyFigures("1", 2021, new BigDecimal("3"), BigDecimal.ONE),
                        new CompanyFigures("1", 2023, new BigDecimal("4"), BigDecimal.ONE),
                        new CompanyFigures("2", 2021, new BigDecimal("3"), BigDecimal.ONE),
                        new CompanyFigures("2", 2023, new BigDecimal("3"), BigDecimal.ONE)));
        GoalFacts withSurvey = GoalFacts.of(house, yearEnd, List.of(
                new GuidedCourse("c1", "nordjylland", "13585628", "851", GuidanceCategory.GROWTH, Set.of(),
                        LocalDate.of(2023, 2, 1), false, false, true)), List.of(), survey);
        GoalEvaluator evaluator = new GoalEvaluator();

        BreakdownView nps = GoalResponses.detail(request, Instant.EPOCH, java.util.Map.of(),
                evaluator.evaluate(catalogue.goal("G3-NPS-GROWTH").orElseThrow(), withSurvey)).breakdowns();
        GoalDetailResponse satisfaction = GoalResponses.detail(request, Instant.EPOCH, java.util.Map.of(),
                evaluator.evaluate(catalogue.goal("G3-SATISFACTION-GROWTH").orElseThrow(), withSurvey));
        GoalDetailResponse revenue = GoalResponses.detail(request, Instant.EPOCH, java.util.Map.of(),
                evaluator.evaluate(catalogue.goal("G6-GROWTH-REVENUE").orElseThrow(), withSurvey));

        // NPS: 10 promoter, 8 passive, 3 detractor → 100 × (1 − 1) / 3 = 0.
        assertThat(nps).isInstanceOfSatisfying(NpsBreakdownView.class, n -> {
            assertThat(n.promoters()).isEqualTo(1);
            assertThat(n.passives()).isEqualTo(1);
            assertThat(n.detractors()).isEqualTo(1);
            assertThat(n.responsesWithoutGuidance().count()).isEqualTo(2);
            assertThat(n.responsesWithoutGuidance().responses()).extracting(ResponsesWithoutGuidanceEntry.ResponseEntry::responseId)
                    .containsExactly("ES-2", "ES-3");
        });
        assertThat(satisfaction.actual()).isEqualTo(new BigDecimal("33.3")); // 1/3
        assertThat(satisfaction.breakdowns()).isInstanceOfSatisfying(AnswerShareBreakdownView.class, a -> {
            assertThat(a.bySegment()).isNull();
            assertThat(a.segment()).isEqualTo("GROWTH");
        });
        // Treated 3 → 4 = 33.3 %, control 3 → 3 = 0 %: 33.3 pp.
        assertThat(revenue.actual()).isEqualTo(new BigDecimal("33.3"));
        assertThat(revenue.numerator()).isNull();
        assertThat(revenue.breakdowns()).isInstanceOfSatisfying(CohortGrowthBreakdownView.class, g -> {
            assertThat(g.treatedGrowthPercent()).isEqualTo(new BigDecimal("33.3"));
            assertThat(g.controlGrowthPercent()).isEqualTo(new BigDecimal("0"));
            assertThat(g.cohortIds()).containsExactly("C-G");
        });
    }
}
