package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reporting.goals.Fraction;
import dk.erhvervshus.reporting.goals.GoalResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The goals one reporting-service answers, judged twice: against the ground truth (every goal of
 * every year with a catalogue, by reporting-service's calculators fed from the acknowledged writes,
 * and by {@link IndependentCounts}), and against another instance's answers (the rebuild), which
 * must be the same JSON, detail for detail.
 */
final class GoalCheck {

    private static final int LISTED = 30;

    /** Goals compared, goals that differ, and the differences worded. */
    record Verdict(long goals, long mismatching, List<String> differences) {
        boolean clean() {
            return mismatching == 0;
        }
    }

    private GoalCheck() {
    }

    /**
     * Each reading of a year with a catalogue against what the acknowledged writes give for its
     * asOf (the default asOf is today); a goal counts as mismatching when its summary (actual,
     * numerator, denominator, status, awaiting feed) or one of its basic counts differs.
     */
    static Verdict againstGroundTruth(GroundTruth.Snapshot truth, List<GoalReadings.Reading> readings,
                                      Map<Integer, GoalCatalogue> catalogues) {
        long goals = 0;
        long mismatching = 0;
        List<String> differences = new ArrayList<>();
        for (GoalReadings.Reading reading : readings) {
            GoalCatalogue catalogue = catalogues.get(reading.year());
            if (catalogue == null) {
                continue;
            }
            if (reading.status() != 200) {
                mismatching += catalogue.goals().size();
                note(differences, reading.label() + ": answered " + reading.status());
                continue;
            }
            LocalDate asOf = reading.asOf() == null ? LocalDate.now() : LocalDate.parse(reading.asOf());
            for (GoalResult expected : ExpectedGoals.of(truth, catalogue, asOf)) {
                goals++;
                String id = expected.goal().id();
                JsonNode shown = reading.summary(id);
                List<String> wrong = shown == null ? List.of("missing from the answer") : summaryDifferences(expected, shown);
                if (!wrong.isEmpty()) {
                    mismatching++;
                    note(differences, reading.label() + " " + id + ": " + String.join(", ", wrong));
                }
            }
            List<String> counts = IndependentCounts.differences(truth, catalogue, reading, asOf);
            mismatching += counts.size();
            counts.forEach(d -> note(differences, d));
        }
        return new Verdict(goals, mismatching, differences);
    }

    /** The same (year, asOf) answered by both instances must be the same, goal by goal and detail by detail. */
    static Verdict againstEachOther(List<GoalReadings.Reading> own, List<GoalReadings.Reading> rebuilt) {
        long goals = 0;
        long mismatching = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            GoalReadings.Reading a = own.get(i);
            GoalReadings.Reading b = i < rebuilt.size() ? rebuilt.get(i) : null;
            if (b == null || a.status() != b.status()) {
                mismatching++;
                note(differences, a.label() + ": answered " + a.status() + ", the rebuild " + (b == null ? "nothing" : b.status()));
                continue;
            }
            if (a.status() != 200) {
                continue;
            }
            for (String id : a.goalIds()) {
                goals++;
                List<String> wrong = new ArrayList<>(JsonDiff.of(a.summary(id), b.summary(id)));
                wrong.addAll(JsonDiff.of(a.details().get(id), b.details().get(id)));
                if (!wrong.isEmpty()) {
                    mismatching++;
                    note(differences, a.label() + " " + id + ": " + String.join("; ", wrong));
                }
            }
            List<String> split = JsonDiff.of(a.municipalities(), b.municipalities());
            if (!split.isEmpty()) {
                mismatching++;
                note(differences, a.label() + " municipalities: " + String.join("; ", split));
            }
        }
        return new Verdict(goals, mismatching, differences);
    }

    private static List<String> summaryDifferences(GoalResult expected, JsonNode shown) {
        List<String> wrong = new ArrayList<>();
        compare(wrong, "actual", oneDecimal(expected.actual()), decimal(shown.path("actual")));
        compare(wrong, "numerator", expected.numerator(), whole(shown.path("numerator")));
        compare(wrong, "denominator", expected.denominator(), whole(shown.path("denominator")));
        compare(wrong, "status", expected.status().name(), text(shown.path("status")));
        compare(wrong, "awaitingFeed", expected.awaitingFeed(), text(shown.path("awaitingFeed")));
        return wrong;
    }

    private static void compare(List<String> wrong, String field, Object expected, Object shown) {
        boolean same = expected instanceof BigDecimal e && shown instanceof BigDecimal s
                ? e.compareTo(s) == 0 : Objects.equals(expected, shown);
        if (!same) {
            wrong.add(field + " " + shown + ", acknowledged writes give " + expected);
        }
    }

    /** As the API rounds: one decimal, half up. */
    private static BigDecimal oneDecimal(Fraction value) {
        return value == null ? null : value.toBigDecimal(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.decimalValue();
    }

    private static Long whole(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asLong();
    }

    private static String text(JsonNode node) {
        return Optional.ofNullable(node).filter(n -> !n.isMissingNode() && !n.isNull()).map(JsonNode::asText).orElse(null);
    }

    private static void note(List<String> differences, String difference) {
        if (differences.size() < LISTED) {
            differences.add(difference);
        }
    }
}
