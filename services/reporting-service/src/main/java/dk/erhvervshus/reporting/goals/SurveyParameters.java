package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.GoalDefinition;

/** The catalogue parameters the survey-fed goals share. */
final class SurveyParameters {

    static final String SEGMENT = "segment";
    /**
     * Whether "Ved ikke" (and, for goal 4, a missing answer) stays in the denominator. Absent means
     * false: a percentage leaves DONT_KNOW and missing answers out unless the goal says otherwise.
     */
    static final String DONT_KNOW_COUNTS_IN_DENOMINATOR = "dontKnowCountsInDenominator";

    private SurveyParameters() {
    }

    static Segment segment(GoalDefinition goal) {
        return Segment.valueOf(goal.requiredString(SEGMENT));
    }

    static boolean dontKnowCountsInDenominator(GoalDefinition goal) {
        return goal.booleanParameter(DONT_KNOW_COUNTS_IN_DENOMINATOR, false);
    }
}
