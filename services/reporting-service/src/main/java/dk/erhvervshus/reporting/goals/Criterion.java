package dk.erhvervshus.reporting.goals;

/** One condition of a goal that is met only when all its conditions hold (goal 5). */
public record Criterion(String name, boolean satisfied) {
}
