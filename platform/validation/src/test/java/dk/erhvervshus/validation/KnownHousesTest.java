package dk.erhvervshus.validation;

import dk.erhvervshus.reference.Houses;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KnownHousesTest {

    private final KnownHouses houses = new KnownHouses(Houses.load());

    @Test
    void an_unknown_house_in_a_body_is_a_bad_field_and_in_a_path_a_404_with_the_same_wording() {
        Validation v = new Validation(Clock.systemUTC());
        assertThat(houses.requireOnboarded(v, "house", "atlantis")).isNull();
        NotFoundException inPath = catchThrowableOfType(NotFoundException.class, () -> houses.inPath("house", "atlantis"));

        assertThat(v.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("house");
            assertThat(e.message()).isEqualTo(inPath.getMessage()).startsWith("unknown house 'atlantis'; one of ");
        });
        assertThat(inPath.field()).contains("house");
    }

    @Test
    void a_known_house_that_is_not_onboarded_cannot_take_registrations() {
        Validation v = new Validation(Clock.systemUTC());
        String notOnboarded = Houses.load().all().stream().filter(h -> !h.isOnboarded()).findFirst().orElseThrow().id();

        assertThat(houses.requireOnboarded(v, "house", notOnboarded)).isNull();
        assertThat(houses.inPath("house", notOnboarded).id()).isEqualTo(notOnboarded);
        assertThat(v.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("not onboarded"));
    }
}
