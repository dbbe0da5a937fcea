package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/** G6-EXPECTED-EFFECT: among all responses of Y, the share expecting a positive effect to a high degree. */
public final class ExpectedEffectShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        return HighEffectShare.measure(goal, facts, facts.survey().responsesOfYear());
    }
}
