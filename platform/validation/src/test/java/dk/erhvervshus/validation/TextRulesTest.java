package dk.erhvervshus.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Eksempel ApS", "Æblegården I/S", "line one\nline two", "tab\tseparated", "crlf\r\n",
            "emoji 😀 is a pair", ""})
    void ordinary_text_with_tabs_line_breaks_and_paired_surrogates_is_acceptable(String text) {
        assertThat(TextRules.problemOf(text)).isEmpty();
    }

    @Test
    void the_nul_character_is_rejected_because_postgresql_cannot_store_it() {
        assertThat(TextRules.problemOf("Eksempel\u0000ApS")).hasValueSatisfying(m -> assertThat(m).contains("U+0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "bell\u0007", "esc\u001b[0m", "\u001f"})
    void other_control_characters_are_rejected(String text) {
        assertThat(TextRules.problemOf(text)).hasValueSatisfying(m -> assertThat(m).contains("control characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\ud800b", "\udc00", "end\ud83d", "\ude00start"})
    void an_unpaired_surrogate_is_rejected(String text) {
        assertThat(TextRules.problemOf(text)).hasValueSatisfying(m -> assertThat(m).contains("unpaired surrogate"));
    }

    @Test
    void absence_is_not_a_text_problem() {
        assertThat(TextRules.problemOf(null)).isEmpty();
    }
}
