package dk.erhvervshus.reference;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    private final GoalCatalogue nordjylland2023 = new GoalCatalogues().find("nordjylland", 2023).orElseThrow();

    @Test
    void the_2023_catalogue_holds_all_21_goals_of_the_contract() {
        assertThat(nordjylland2023.goals()).extracting(GoalDefinition::id).containsExactly(
                "G1-AWARENESS", "G1-NEW-COMPANIES", "G2-GEOGRAPHIC-SPREAD",
                "G3-SATISFACTION-GROWTH", "G3-SATISFACTION-OPERATION", "G3-NPS-GROWTH", "G3-NPS-OPERATION",
                "G4-REFERRAL-UPTAKE", "G5-SUSTAINABILITY-WHEEL", "G5-GREEN-AWARENESS",
                "G6-EXPECTED-EFFECT", "G6-GROWTH-REVENUE", "G6-GROWTH-EMPLOYMENT", "G6-PRODUCTIVITY",
                "G7-DIGITAL-EFFECT", "G8-REGIONAL-STRATEGY", "G9-REGIONAL-COLLABORATION", "G10-REGIONAL-GREEN",
                "G11-UNIQUE-COMPANIES", "G11-GROWTH-OPERATION-COURSES", "G11-SHORT-EARLY-WARNING-COURSES");
        assertThat(nordjylland2023.goals()).allSatisfy(g -> {
            assertThat(g.title()).isNotBlank();
            assertThat(g.metric()).isNotNull();
            assertThat(g.unit()).isNotNull();
            assertThat(g.comparison()).isNotNull();
            assertThat(g.target()).isNotNull();
        });
    }

    @Test
    void goals_8_to_10_name_the_contracts_activities() {
        assertThat(nordjylland2023.goal("G8-REGIONAL-STRATEGY").orElseThrow().activities()).hasSize(3);
        assertThat(nordjylland2023.goal("G9-REGIONAL-COLLABORATION").orElseThrow().activities()).hasSize(5);
        assertThat(nordjylland2023.goal("G10-REGIONAL-GREEN").orElseThrow().activities()).hasSize(4);
        assertThat(nordjylland2023.activity("G5-A1")).isPresent();
        assertThat(nordjylland2023.activity("G8-A4")).isEmpty();
    }

    @Test
    void targets_and_parameters_come_from_the_file() {
        GoalDefinition unique = nordjylland2023.goal("G11-UNIQUE-COMPANIES").orElseThrow();
        assertThat(unique.target()).isEqualByComparingTo("800");
        GoalDefinition spread = nordjylland2023.goal("G2-GEOGRAPHIC-SPREAD").orElseThrow();
        assertThat(spread.decimalParameter("minimumShareOfKeyShare", BigDecimal.ONE)).isEqualByComparingTo("0.5");
        assertThat(nordjylland2023.goal("G11-SHORT-EARLY-WARNING-COURSES").orElseThrow().stringListParameter("categories"))
                .isEqualTo(List.of("SHORT", "EARLY_WARNING"));
        assertThat(nordjylland2023.goal("G6-PRODUCTIVITY").orElseThrow().comparison()).isEqualTo(Comparison.GREATER_THAN);
    }

    @Test
    void every_goal_of_2023_says_in_danish_how_it_is_measured() {
        assertThat(nordjylland2023.goals()).allSatisfy(g -> assertThat(g.method()).as(g.id()).isNotBlank());
        assertThat(nordjylland2023.goal("G2-GEOGRAPHIC-SPREAD").orElseThrow().method())
                .contains("fordelingsnøglen").contains("halvdelen");
        assertThat(nordjylland2023.goal("G3-NPS-GROWTH").orElseThrow().method()).contains("9–10").contains("0–6");
    }

    @Test
    void a_year_without_a_contract_file_has_no_catalogue() {
        assertThat(new GoalCatalogues().find("nordjylland", 2031)).isEmpty();
    }

    @Test
    void nordjylland_has_its_11_municipalities_with_the_contracts_funding_key() {
        House house = Houses.load().find("nordjylland").orElseThrow();
        assertThat(house.municipalities()).hasSize(11);
        assertThat(house.totalFundingKey()).isEqualTo(17_645);
        assertThat(house.municipality("851").orElseThrow().group()).isEqualTo(MunicipalityGroup.CITY);
        assertThat(house.municipality("101")).isEmpty();
    }

    @Test
    void all_six_houses_are_known_but_only_onboarded_ones_take_registrations() {
        assertThat(Houses.load().all()).hasSize(6);
        assertThat(Houses.load().find("fyn").orElseThrow().isOnboarded()).isFalse();
        assertThat(Houses.load().find("nordjylland").orElseThrow().isOnboarded()).isTrue();
    }
}
