package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.survey.importing.Admission;

/**
 * What became of one response of a JSON batch.
 *
 * @param responseId as validated; null when the item was refused
 * @param admission  ACCEPTED or DUPLICATE; null when refused
 * @param refusal    why it was not stored (invalid fields); null otherwise
 * @param token      the item's consistency token (1 event when accepted, 0 when a duplicate); null when refused
 */
public record ResponseItemOutcome(String responseId, Admission admission, RuntimeException refusal,
                                  ConsistencyToken token) {

    static ResponseItemOutcome stored(String responseId, Admission admission, ConsistencyToken token) {
        return new ResponseItemOutcome(responseId, admission, null, token);
    }

    static ResponseItemOutcome refused(RuntimeException refusal) {
        return new ResponseItemOutcome(null, null, refusal, null);
    }
}
