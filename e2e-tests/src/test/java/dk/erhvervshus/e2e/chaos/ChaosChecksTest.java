package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reporting.goals.GoalResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos run's judges on hand-made input, without a system: each must see what it is there to
 * see, or a clean run would prove nothing.
 */
class ChaosChecksTest {

    private static final GoalCatalogue CATALOGUE_2023 = new GoalCatalogues().find(Course.HOUSE, 2023).orElseThrow();

    @Test
    void an_acknowledged_event_missing_from_a_stream_is_lost_and_one_too_many_is_counted_twice() {
        StreamCount count = StreamCount.compare(Map.of("course:a", 3L, "course:b", 1L), Map.of("course:a", 2L, "course:b", 2L,
                "course:c", 1L));

        assertThat(count.lostEvents()).isEqualTo(1);
        assertThat(count.extraEvents()).isEqualTo(2);
        assertThat(count.clean()).isFalse();
        assertThat(StreamCount.compare(Map.of("course:a", 3L), Map.of("course:a", 3L)).clean()).isTrue();
    }

    @Test
    void a_row_that_differs_from_the_rebuild_is_listed_with_its_table_key_and_column() {
        ReadModelTables.Table own = new ReadModelTables.Table("courses", List.of("course_id", "cvr"), List.of("course_id"),
                Map.of("c1", List.of("c1", "35807306"), "c2", List.of("c2", "19303640")));
        ReadModelTables.Table rebuilt = new ReadModelTables.Table("courses", List.of("course_id", "cvr"), List.of("course_id"),
                Map.of("c1", List.of("c1", "26212995")));

        TableDiff diff = TableDiff.of(Map.of("courses", own), Map.of("courses", rebuilt));

        assertThat(diff.mismatchingRows()).isEqualTo(2);
        assertThat(diff.differences()).containsExactly("courses [c1]: cvr 35807306 vs 26212995",
                "courses [c2]: missing from the rebuild");
    }

    @Test
    void figures_reported_again_with_the_same_value_are_no_new_version_and_other_figures_are() {
        GroundTruth truth = new GroundTruth();
        truth.figuresReported(List.of(new CompanyFigures("35807306", 2021, new BigDecimal("1000"), new BigDecimal("12.50"), 1)));
        truth.figuresReported(List.of(new CompanyFigures("35807306", 2021, new BigDecimal("1000.0"), new BigDecimal("12.5"), 1)));
        assertThat(truth.snapshot().surveyVersions()).containsEntry("figures:35807306:2021", 1L);

        truth.figuresReported(List.of(new CompanyFigures("35807306", 2021, new BigDecimal("1001"), new BigDecimal("12.5"), 1)));
        assertThat(truth.snapshot().surveyVersions()).containsEntry("figures:35807306:2021", 2L);
    }

    @Test
    void the_calculators_and_the_plain_counts_agree_and_a_retracted_course_stops_counting_in_both() {
        GroundTruth truth = new GroundTruth();
        truth.courseRegistered(course("c1", "35807306", GuidanceCategory.GROWTH));
        truth.courseRegistered(course("c2", "35807306", GuidanceCategory.SHORT));
        truth.courseRegistered(course("c3", "19303640", GuidanceCategory.OPERATION));
        assertThat(uniqueCompanies(truth)).containsExactly(2L, 2L);

        truth.courseRetracted("c3", "registered in error");
        assertThat(uniqueCompanies(truth)).containsExactly(1L, 1L);
    }

    @Test
    void a_goal_the_rebuild_answers_otherwise_is_a_mismatching_goal() throws Exception {
        GoalReadings.Reading own = reading("{\"goals\":[{\"id\":\"G11-UNIQUE-COMPANIES\",\"actual\":2}]}");
        GoalReadings.Reading same = reading("{\"goals\":[{\"id\":\"G11-UNIQUE-COMPANIES\",\"actual\":2}]}");
        GoalReadings.Reading other = reading("{\"goals\":[{\"id\":\"G11-UNIQUE-COMPANIES\",\"actual\":3}]}");

        assertThat(GoalCheck.againstEachOther(List.of(own), List.of(same)).clean()).isTrue();
        GoalCheck.Verdict verdict = GoalCheck.againstEachOther(List.of(own), List.of(other));
        assertThat(verdict.mismatching()).isEqualTo(1);
        assertThat(verdict.differences()).singleElement().asString().contains("G11-UNIQUE-COMPANIES", ".actual: 2 vs 3");
    }

    @Test
    void a_crm_change_applied_before_an_earlier_change_of_its_course_is_folded_as_applied_and_told_as_reordered() {
        Course course = course("c1", "35807306", GuidanceCategory.GROWTH);
        Course.Update toAalborg = new Course.Update(null, "851", null, null, null, null, null);
        Course.Update backToHjoerring = new Course.Update(null, "860", null, null, null, null, null);
        CrmBatch batch = new CrmBatch(Lane.CRM_1, "b1", List.of(new CrmBatch.Started("e1", course),
                new CrmBatch.Updated("e2", "c1", toAalborg, LocalDate.of(2023, 3, 2)),
                new CrmBatch.Updated("e3", "c1", backToHjoerring, LocalDate.of(2023, 3, 3))));

        // The database went away for e2 only; e3 was applied; the batch sent again applies e2 last.
        Attempt first = batch.judgeResults(new Answer(200, "{\"results\":[{\"status\":\"accepted\"},"
                + "{\"status\":\"rejected\",\"problem\":{\"status\":503}},{\"status\":\"accepted\"}]}", null, null));
        Attempt second = batch.judgeResults(new Answer(200, "{\"results\":[{\"status\":\"duplicate\"},"
                + "{\"status\":\"accepted\"},{\"status\":\"duplicate\"}]}", null, null));
        GroundTruth truth = new GroundTruth();
        batch.record(truth);

        assertThat(first).isInstanceOf(Attempt.Unanswered.class);
        assertThat(second).isEqualTo(Attempt.ACKNOWLEDGED);
        assertThat(truth.snapshot().courses()).singleElement()
                .satisfies(c -> assertThat(c.municipalityCode()).isEqualTo("851"))
                .satisfies(c -> assertThat(c.version()).isEqualTo(3));
        assertThat(truth.reorderedCount()).isEqualTo(1);
        assertThat(truth.reorderedChanges()).singleElement().asString().contains("e3 applied in try 1", "e2");
    }

    /** G11-UNIQUE-COMPANIES by reporting-service's calculator, then the same by the plain count. */
    private static List<Long> uniqueCompanies(GroundTruth truth) {
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        GoalResult goal = ExpectedGoals.of(truth.snapshot(), CATALOGUE_2023, asOf).stream()
                .filter(r -> r.goal().id().equals("G11-UNIQUE-COMPANIES")).findFirst().orElseThrow();
        IndependentCounts.Count count = IndependentCounts.counts(truth.snapshot(), CATALOGUE_2023, asOf).stream()
                .filter(c -> c.name().equals("unique companies")).findFirst().orElseThrow();
        return List.of(goal.actual().toBigDecimal(0, java.math.RoundingMode.UNNECESSARY).longValueExact(), count.expected());
    }

    private static Course course(String id, String cvr, GuidanceCategory category) {
        return Course.registered(id, cvr, "851", category, List.of(Theme.values()[0]), LocalDate.of(2023, 3, 1), false, true,
                CourseOrigin.values()[0]);
    }

    private static GoalReadings.Reading reading(String goals) throws Exception {
        JsonNode json = Answer.JSON.readTree(goals);
        return new GoalReadings.Reading(2023, "2023-12-31", 200, json, Map.of(), Answer.JSON.readTree("{}"));
    }
}
