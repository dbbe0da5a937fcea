package dk.erhvervshus.demo;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoYearGeneratorTest {

    private final House nordjylland = Houses.load().find("nordjylland").orElseThrow();
    private final GoalCatalogue catalogue = new GoalCatalogues().find("nordjylland", 2023).orElseThrow();
    private final LocalDate today = LocalDate.of(2026, 11, 27);

    private DemoDataSet generate(long seed) {
        return new DemoYearGenerator(seed, nordjylland, catalogue, today).generate();
    }

    @Test
    void the_same_seed_gives_the_same_data() {
        assertThat(generate(7)).isEqualTo(generate(7));
        assertThat(generate(7)).isNotEqualTo(generate(8));
    }

    @Test
    void the_contract_year_looks_like_a_real_year_of_nordjylland() {
        DemoDataSet data = generate(2023);
        var contractYear = data.courses().stream().filter(c -> c.startedOn().getYear() == 2023).toList();
        var yearBefore = data.courses().stream().filter(c -> c.startedOn().getYear() == 2022).toList();

        Set<String> companies = contractYear.stream().map(DemoCourse::cvr).collect(Collectors.toSet());
        assertThat(companies).hasSize(DemoYearGenerator.COMPANIES_IN_YEAR);
        assertThat(yearBefore.stream().map(DemoCourse::cvr).distinct().count())
                .isEqualTo(DemoYearGenerator.COMPANIES_IN_YEAR_BEFORE);

        Map<String, Long> byCategory = contractYear.stream()
                .collect(Collectors.groupingBy(DemoCourse::category, Collectors.counting()));
        assertThat(byCategory.get("GROWTH") + byCategory.get("OPERATION")).isBetween(300L, 500L);
        assertThat(byCategory.get("SHORT") + byCategory.get("EARLY_WARNING")).isBetween(550L, 800L);

        assertThat(contractYear.stream().map(DemoCourse::municipalityCode).distinct().count()).isEqualTo(11);
        assertThat(contractYear).anyMatch(DemoCourse::isRetracted);
        assertThat(contractYear).anyMatch(DemoCourse::sustainabilityWheelUsed);
        assertThat(data.activityReports()).extracting(DemoActivityReport::activityId).contains("G5-A1", "G8-A1", "G10-A4");
    }

    @Test
    void every_generated_cvr_passes_the_modulus_11_check() {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        generate(2023).courses().forEach(course -> {
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (course.cvr().charAt(i) - '0') * weights[i];
            }
            assertThat(sum % 11).as(course.cvr()).isZero();
        });
    }

    @Test
    void nothing_is_dated_after_today() {
        DemoDataSet data = new DemoYearGenerator(1, nordjylland, catalogue, LocalDate.of(2023, 6, 30)).generate();
        assertThat(data.courses()).allSatisfy(c -> {
            assertThat(c.startedOn()).isBeforeOrEqualTo(LocalDate.of(2023, 6, 30));
            if (c.completedOn() != null) {
                assertThat(c.completedOn()).isBeforeOrEqualTo(LocalDate.of(2023, 6, 30));
            }
        });
        assertThat(data.activityReports()).allSatisfy(r -> assertThat(r.changedOn()).isBeforeOrEqualTo(LocalDate.of(2023, 6, 30)));
    }
}
