package dk.erhvervshus.reference;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GoalCataloguesCacheTest {

    private final GoalCatalogues catalogues = new GoalCatalogues();

    @Test
    void random_houses_asked_for_are_not_remembered() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(catalogues.find("house-" + UUID.randomUUID(), 2023)).isEmpty();
        }
        assertThat(catalogues.find("../../houses", 2023)).isEmpty();
        assertThat(catalogues.find(null, 2023)).isEmpty();

        assertThat(catalogues.cachedEntries()).isZero();
    }

    @Test
    void implausible_years_of_a_known_house_are_not_remembered() {
        for (int year : new int[]{Integer.MIN_VALUE, -5000, 0, 1999, 2101, 99_999, Integer.MAX_VALUE}) {
            assertThat(catalogues.find("nordjylland", year)).isEmpty();
        }

        assertThat(catalogues.cachedEntries()).isZero();
    }

    @Test
    void the_cache_holds_at_most_one_entry_per_known_house_and_plausible_year() {
        Houses houses = Houses.load();
        for (int round = 0; round < 2; round++) {
            for (House house : houses.all()) {
                for (int year = GoalCatalogues.FIRST_YEAR; year <= GoalCatalogues.LAST_YEAR; year++) {
                    catalogues.find(house.id(), year);
                }
            }
        }

        int bound = houses.all().size() * (GoalCatalogues.LAST_YEAR - GoalCatalogues.FIRST_YEAR + 1);
        assertThat(catalogues.cachedEntries()).isEqualTo(bound);
        assertThat(catalogues.find("nordjylland", 2023)).isPresent();
        assertThat(catalogues.find("nordjylland", 2031)).isEmpty();
    }

    @Test
    void the_years_of_a_house_are_those_with_a_catalogue_file() {
        assertThat(catalogues.years("nordjylland")).containsExactly(2023);
        assertThat(catalogues.years("midtjylland")).isEmpty();
        assertThat(catalogues.years("no-such-house")).isEmpty();
        assertThat(catalogues.cachedEntries()).isEqualTo(2 * (GoalCatalogues.LAST_YEAR - GoalCatalogues.FIRST_YEAR + 1));
    }
}
