package dk.erhvervshus.reporting.maintained;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a derivation's notification says, and what a read waiting for one learns from it. */
class DerivationsTest {

    @Test
    void a_notification_names_the_house_year_and_the_mark_it_was_derived_from() {
        assertThat(Derivations.parse(Derivations.payload("nordjylland", 2023, 42)))
                .isEqualTo(new Derivations.Heard("nordjylland:2023", 42));
    }

    @Test
    void a_notification_without_a_mark_names_the_house_year_from_no_known_mark() {
        assertThat(Derivations.parse("nordjylland:2023")).isEqualTo(new Derivations.Heard("nordjylland:2023", -1));
    }

    @Test
    void a_read_learns_only_of_derivations_from_its_mark_or_a_newer_one_of_its_house_year() {
        Derivations derivations = new Derivations();
        derivations.derived(new Derivations.Heard("nordjylland:2023", 7));
        derivations.derived(new Derivations.Heard("nordjylland:2023", 5));
        assertThat(derivations.heardDerivedFrom("nordjylland", 2023, 7)).isTrue();
        assertThat(derivations.heardDerivedFrom("nordjylland", 2023, 8)).isFalse();
        assertThat(derivations.heardDerivedFrom("nordjylland", 2024, 1)).isFalse();
    }
}
