package dk.erhvervshus.survey.application;

import dk.erhvervshus.survey.importing.Admission;

/**
 * What became of one response of a JSON batch.
 *
 * @param responseId as validated; null when the item was refused
 * @param admission  ACCEPTED or DUPLICATE; null when refused
 * @param refusal    why it was not stored (invalid fields); null otherwise
 */
public record ResponseItemOutcome(String responseId, Admission admission, RuntimeException refusal) {

    static ResponseItemOutcome stored(String responseId, Admission admission) {
        return new ResponseItemOutcome(responseId, admission, null);
    }

    static ResponseItemOutcome refused(RuntimeException refusal) {
        return new ResponseItemOutcome(null, null, refusal);
    }
}
