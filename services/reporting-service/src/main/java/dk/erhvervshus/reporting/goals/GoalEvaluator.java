package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalDefinition;

import java.util.List;

/**
 * Computes the goals of a catalogue from the facts: the calculator measures, the policy judges. A
 * goal without data names the catalogue's {@code feed} as the one it waits for, whichever calculator
 * found nothing, so a feed that has not delivered yet is visible instead of a number that looks real.
 */
public final class GoalEvaluator {

    private final GoalCalculators calculators;
    private final GoalStatusPolicy policy;

    public GoalEvaluator() {
        this(new GoalCalculators(), new GoalStatusPolicy());
    }

    public GoalEvaluator(GoalCalculators calculators, GoalStatusPolicy policy) {
        this.calculators = calculators;
        this.policy = policy;
    }

    public List<GoalResult> evaluateAll(GoalCatalogue catalogue, GoalFacts facts) {
        return catalogue.goals().stream().map(goal -> evaluate(goal, facts)).toList();
    }

    public GoalResult evaluate(GoalDefinition goal, GoalFacts facts) {
        return judge(goal, measure(goal, facts), facts.period());
    }

    /** What the facts say, before any judgement: the part of a result that does not depend on the day it is read. */
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        return calculators.forKind(goal.metric()).measure(goal, facts);
    }

    /**
     * The verdict on a measurement as of the period's asOf: a maintained measurement is judged
     * here when it is read, so the pro-rata line of a running year is always today's.
     */
    public GoalResult judge(GoalDefinition goal, Measurement m, ContractPeriod period) {
        return new GoalResult(
                goal,
                m.actual(),
                m.numerator(),
                m.denominator(),
                policy.fulfilmentPercent(goal, m),
                policy.statusOf(goal, m, period),
                m.hasData() ? null : goal.feed(),
                m.criteria(),
                m.breakdown(),
                m.activities());
    }
}
