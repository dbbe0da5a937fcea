package dk.erhvervshus.survey.domain;

import dk.erhvervshus.validation.AnswerScale;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spellings one answer or code may arrive in, and what each means. Matching ignores case,
 * surrounding and repeated white space and Unicode composition, because the feed's own texts
 * disagree on capitals ("Meget Utilfreds") and spreadsheets differ in how they store "å".
 * Some spellings mean "no answer" (the empty cell always does).
 */
public final class Vocabulary<T> implements AnswerScale<T> {

    private final String description;
    private final Map<String, T> meanings;
    private final Set<String> missingAnswers;

    private Vocabulary(String description, Map<String, T> meanings, Set<String> missingAnswers) {
        this.description = description;
        this.meanings = Collections.unmodifiableMap(meanings);
        this.missingAnswers = Collections.unmodifiableSet(missingAnswers);
    }

    /** A vocabulary of an enum's names only, such as {@code OUTBOUND} or {@code PRIVATE_ADVISOR}. */
    public static <E extends Enum<E>> Vocabulary<E> codes(Class<E> codes) {
        Builder<E> builder = new Builder<>();
        for (E code : codes.getEnumConstants()) {
            builder.code(code.name(), code);
        }
        return builder.build();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** True for an absent or blank value and for spellings that mean "no answer". */
    @Override
    public boolean isMissingAnswer(String text) {
        return text == null || text.isBlank() || missingAnswers.contains(normalise(text));
    }

    @Override
    public Optional<T> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(meanings.get(normalise(text)));
    }

    /** The accepted spellings for an error message, e.g. "Vækst, Drift (or GROWTH, OPERATION)". */
    @Override
    public String describe() {
        return description;
    }

    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static final class Builder<T> {

        private final Map<String, T> meanings = new LinkedHashMap<>();
        private final Set<String> missingAnswers = new LinkedHashSet<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();

        private Builder() {
        }

        /** A label as Erhvervsstyrelsen's export writes it, e.g. {@code Meget tilfreds}. */
        public Builder<T> label(String label, T meaning) {
            labels.add(label);
            return add(label, meaning);
        }

        /** A code as the JSON API writes it, e.g. {@code VERY_SATISFIED}. */
        public Builder<T> code(String code, T meaning) {
            codes.add(code);
            return add(code, meaning);
        }

        /** A label that answers the question with "no answer", e.g. "Ved ikke" to a yes/no question. */
        public Builder<T> missingAnswer(String label) {
            labels.add(label);
            missingAnswers.add(normalise(label));
            return this;
        }

        private Builder<T> add(String spelling, T meaning) {
            if (meanings.putIfAbsent(normalise(spelling), meaning) != null) {
                throw new IllegalArgumentException("spelling '" + spelling + "' is listed twice");
            }
            return this;
        }

        public Vocabulary<T> build() {
            String description = labels.isEmpty()
                    ? String.join(", ", codes)
                    : String.join(", ", labels) + " (or " + String.join(", ", codes) + ")";
            return new Vocabulary<>(description, new LinkedHashMap<>(meanings), new LinkedHashSet<>(missingAnswers));
        }
    }
}
