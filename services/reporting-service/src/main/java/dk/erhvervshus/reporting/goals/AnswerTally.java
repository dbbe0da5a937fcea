package dk.erhvervshus.reporting.goals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers to one question of the user evaluation, counted per code of its scale, plus the
 * responses that skipped it. Shares are taken from here so that every survey goal counts a
 * "Ved ikke" and a missing answer the same way.
 */
final class AnswerTally<A extends Enum<A>> {

    static final String MISSING = "MISSING";

    private final Class<A> scale;
    private final Map<A, Long> counts;
    private final long missing;

    private AnswerTally(Class<A> scale, Map<A, Long> counts, long missing) {
        this.scale = scale;
        this.counts = counts;
        this.missing = missing;
    }

    static <A extends Enum<A>> AnswerTally<A> of(Class<A> scale, Collection<SurveyResponse> responses,
                                                 Function<SurveyResponse, A> answer) {
        Map<A, Long> counts = new EnumMap<>(scale);
        long missing = 0;
        for (SurveyResponse response : responses) {
            A value = answer.apply(response);
            if (value == null) {
                missing++;
            } else {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return new AnswerTally<>(scale, counts, missing);
    }

    long count(A answer) {
        return counts.getOrDefault(answer, 0L);
    }

    long missing() {
        return missing;
    }

    /** The answers given, without the missing ones, and without {@code dontKnow} unless it counts. */
    long answered(A dontKnow, boolean dontKnowCounts) {
        long given = counts.values().stream().mapToLong(Long::longValue).sum();
        return dontKnowCounts ? given : given - count(dontKnow);
    }

    /** Every code of the scale in its order, with 0 where nobody chose it, then {@value #MISSING}. */
    List<KeyedCount> byAnswer() {
        List<KeyedCount> rows = new ArrayList<>();
        for (A code : scale.getEnumConstants()) {
            rows.add(new KeyedCount(code.name(), null, count(code)));
        }
        rows.add(new KeyedCount(MISSING, null, missing));
        return rows;
    }
}
