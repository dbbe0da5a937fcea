package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;

/**
 * G7-DIGITAL-EFFECT: the expected-effect share among the responses of Y that received guidance on
 * digitalisation (receivedDigitalGuidance = true; "no" and a missing answer are left out alike).
 */
public final class DigitalEffectShareCalculator implements GoalCalculator {

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        return HighEffectShare.measure(goal, facts, facts.survey().responsesOfYear().stream()
                .filter(r -> Boolean.TRUE.equals(r.receivedDigitalGuidance()))
                .toList());
    }
}
