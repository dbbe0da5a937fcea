package dk.erhvervshus.reporting.maintained;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.Measurement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the maintainer stores for a house-year, before it is rendered: each goal's measurement from
 * every fact known, and the latest business date of those facts. From that date on, a later asOf
 * changes only the verdict, never the measurement (the facts' own dates are all the calculators
 * filter by), so judging the stored measurement as of any such asOf gives exactly what the
 * calculators give for the facts as of it.
 *
 * @param facts facts as of {@link GoalMaintainer#EVERY_DATE}: every fact, whatever its date
 */
public record GoalDerivation(Map<String, Measurement> measurements, LocalDate lastFactDate) {

    public static GoalDerivation of(GoalCatalogue catalogue, GoalFacts facts, GoalEvaluator evaluator) {
        Map<String, Measurement> measurements = new LinkedHashMap<>();
        for (GoalDefinition goal : catalogue.goals()) {
            measurements.put(goal.id(), evaluator.measure(goal, facts));
        }
        return new GoalDerivation(measurements, facts.latestBusinessDate());
    }
}
