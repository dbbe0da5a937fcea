package dk.erhvervshus.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsistencyTokenTest {

    private static final UUID WRITE = UUID.fromString("7a1e0000-0000-4000-8000-00000000002a");

    @Test
    void a_token_is_written_as_w1_the_write_and_its_event_count() {
        assertThat(new ConsistencyToken(WRITE, 3).format()).isEqualTo("w1.7a1e0000-0000-4000-8000-00000000002a.3");
    }

    @Test
    void a_written_token_reads_back_as_the_same_write_and_count() {
        ConsistencyToken token = new ConsistencyToken(UUID.randomUUID(), 100_000);

        assertThat(ConsistencyToken.parse(token.format())).isEqualTo(token);
    }

    @Test
    void a_write_that_stored_nothing_has_a_token_of_zero_events() {
        ConsistencyToken nothing = ConsistencyToken.nothingWritten();

        assertThat(nothing.events()).isZero();
        assertThat(ConsistencyToken.parse(nothing.format())).isEqualTo(nothing);
        assertThat(ConsistencyToken.nothingWritten().writeId()).isNotEqualTo(nothing.writeId());
    }

    @Test
    void surrounding_blanks_and_an_upper_case_write_id_are_tolerated() {
        assertThat(ConsistencyToken.parse("  w1.7A1E0000-0000-4000-8000-00000000002A.3 "))
                .isEqualTo(new ConsistencyToken(WRITE, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "w2.7a1e0000-0000-4000-8000-00000000002a.3",
            "7a1e0000-0000-4000-8000-00000000002a.3",
            "w1.7a1e0000-0000-4000-8000-00000000002a",
            "w1.7a1e0000-0000-4000-8000-00000000002a.",
            "w1.7a1e0000-0000-4000-8000-00000000002a.-1",
            "w1.7a1e0000-0000-4000-8000-00000000002a.03",
            "w1.7a1e0000-0000-4000-8000-00000000002a.3x",
            "w1.7a1e0000-0000-4000-8000-00000000002a.3.4",
            "w1.7a1e0000-0000-4000-8000.3",
            "w1.not-a-uuid.3",
            "w1..3",
            "w1.7a1e0000-0000-4000-8000-00000000002a.9999999999",
            "w1.7a1e0000-0000-4000-8000-00000000002a.3 4"})
    void a_malformed_token_is_refused_with_the_expected_form_named(String malformed) {
        assertThatThrownBy(() -> ConsistencyToken.parse(malformed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consistency token");
    }

    @Test
    void an_absent_or_blank_token_is_refused() {
        assertThatThrownBy(() -> ConsistencyToken.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w1.<writeId>.<events>");
        assertThatThrownBy(() -> ConsistencyToken.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_very_long_header_is_refused_without_being_matched() {
        assertThatThrownBy(() -> ConsistencyToken.parse("w1." + "a".repeat(10_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than");
    }

    @Test
    void a_write_cannot_append_a_negative_number_of_events() {
        assertThatThrownBy(() -> new ConsistencyToken(WRITE, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
