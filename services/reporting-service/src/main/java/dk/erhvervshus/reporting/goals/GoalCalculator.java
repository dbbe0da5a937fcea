package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/** Measures one metric kind: a pure function of the read-model facts and the catalogue entry. */
public interface GoalCalculator {

    Measurement measure(GoalDefinition goal, GoalFacts facts);
}
