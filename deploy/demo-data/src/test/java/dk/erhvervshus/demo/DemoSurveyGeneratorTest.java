package dk.erhvervshus.demo;

import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.Houses;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSurveyGeneratorTest {

    private final DemoDataSet courses = new DemoYearGenerator(2023, Houses.load().find("nordjylland").orElseThrow(),
            new GoalCatalogues().find("nordjylland", 2023).orElseThrow(), LocalDate.of(2026, 11, 27)).generate();

    @Test
    void the_same_seed_gives_the_same_feeds() {
        assertThat(new DemoSurveyGenerator(2023, courses).generate()).isEqualTo(new DemoSurveyGenerator(2023, courses).generate());
    }

    @Test
    void responses_come_from_evaluated_companies_except_a_few_data_quality_findings() {
        DemoSurveyData data = new DemoSurveyGenerator(2023, courses).generate();
        Set<String> evaluated = courses.courses().stream()
                .filter(c -> c.startedOn().getYear() == 2023 && c.enrolledInEvaluation() && !c.isRetracted())
                .map(DemoCourse::cvr).collect(Collectors.toSet());
        long unknown = data.responses().stream().filter(r -> !evaluated.contains(r.cvr())).count();
        assertThat(unknown).isEqualTo(DemoSurveyGenerator.RESPONSES_WITHOUT_GUIDANCE);
        assertThat(data.responses().size()).isBetween((int) (evaluated.size() * 0.5), (int) (evaluated.size() * 0.7));
        assertThat(data.responses()).extracting(DemoSurveyData.Response::responseId).doesNotHaveDuplicates();
        assertThat(data.responses()).allSatisfy(r -> {
            if (!Boolean.TRUE.equals(r.receivedReferral())) {
                assertThat(r.usedReferral()).isNull();
            }
        });
    }

    @Test
    void goal_6_cohorts_are_enrolled_two_years_before_with_figures_for_both_years_mostly() {
        DemoSurveyData data = new DemoSurveyGenerator(2023, courses).generate();
        assertThat(data.cohorts()).extracting(DemoSurveyData.Cohort::cohortYear).containsOnly(2021);
        assertThat(data.cohorts()).extracting(DemoSurveyData.Cohort::segment).containsExactly("GROWTH", "OPERATION");
        int companies = data.cohorts().stream().mapToInt(c -> c.treated().size() + c.control().size()).sum();
        assertThat(data.figures().size()).isBetween((int) (companies * 1.85), companies * 2);
        assertThat(data.figures()).extracting(DemoSurveyData.Figures::year).containsOnly(2021, 2023);
    }

    @Test
    void every_cohort_company_is_a_distinct_company_never_guided_in_the_demo() {
        DemoSurveyData data = new DemoSurveyGenerator(2023, courses).generate();
        List<String> cohortCompanies = data.cohorts().stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.treated().stream(), c.control().stream())).toList();
        assertThat(cohortCompanies).doesNotHaveDuplicates();
        Set<String> guided = courses.courses().stream().map(DemoCourse::cvr).collect(Collectors.toSet());
        assertThat(cohortCompanies).noneMatch(guided::contains);
    }

    @Test
    void the_csv_export_is_windows_1252_with_danish_labels() {
        DemoSurveyData data = new DemoSurveyGenerator(2023, courses).generate();
        byte[] csv = DanishSurveyExport.write("nordjylland", data.responses().subList(0, 50));
        String text = new String(csv, DanishSurveyExport.WINDOWS_1252);
        assertThat(text).startsWith("responseId;house;cvr;surveyYear;segment;answeredOn;");
        assertThat(text).contains(";Vækst;").contains("Meget tilfreds");
        assertThat(text.split("\r\n")).hasSize(51);
        // 'æ' is one byte (0xE6) in Windows-1252, not UTF-8's two.
        assertThat(csv).contains((byte) 0xE6);
    }
}
