package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** How one try of a write ended, as the client sees it. */
sealed interface Attempt {

    /** Answered 2xx for every part of it (accepted, duplicate, unchanged, replayed): it is durable. */
    record Acknowledged() implements Attempt {
    }

    /**
     * Not known to be stored: no answer, a 5xx (or a batch item rejected with one), or a lost race.
     * The same request is sent again, after {@code retryAfter} when the service said so.
     */
    record Unanswered(String cause, Optional<Duration> retryAfter) implements Attempt {
    }

    /** A 4xx the load never expects: a defect of the load or of the service; never retried. */
    record Refused(String reason) implements Attempt {
    }

    Attempt ACKNOWLEDGED = new Acknowledged();

    /**
     * The usual reading of an answer: 2xx goes to {@code success}; no answer, a 5xx and a
     * concurrent-modification 409 are to be retried; any other 4xx is a refusal.
     */
    static Attempt judge(Answer answer, java.util.function.Function<Answer, Attempt> success) {
        if (!answer.answered()) {
            return new Unanswered("no answer", Optional.empty());
        }
        if (answer.isSuccess()) {
            return success.apply(answer);
        }
        if (answer.status() >= 500) {
            return new Unanswered(answer.status() + (answer.retryAfter() != null ? " with Retry-After" : ""),
                    answer.retryAfterDelay());
        }
        if (answer.status() == 409 && answer.problemType().equals("concurrent-modification")) {
            return new Unanswered("409 concurrent-modification", Optional.empty());
        }
        return new Refused(answer.excerpt());
    }

    /**
     * A batch answer with one result per item: acknowledged when every item's status is one of
     * {@code fine}; else the first refused item refuses it, and an item rejected with a 5xx makes it
     * to be retried.
     */
    static Attempt judgeItems(Answer answer, int items, String what, Set<String> fine) {
        JsonNode results = answer.json().path("results");
        if (results.size() != items) {
            return new Refused(results.size() + " results for " + items + " " + what + ": " + answer.excerpt());
        }
        Attempt worst = ACKNOWLEDGED;
        for (JsonNode result : results) {
            if (!fine.contains(result.path("status").asText())) {
                Attempt item = itemRejected(result.path("problem").path("status").asInt(0), result.toString());
                if (item instanceof Refused) {
                    return item;
                }
                worst = item;
            }
        }
        return worst;
    }

    /** A batch item rejected with a problem of this status: retried for a 5xx, else refused. */
    static Attempt itemRejected(int problemStatus, String detail) {
        return problemStatus >= 500
                ? new Unanswered("item " + problemStatus, Optional.empty())
                : new Refused("item rejected " + problemStatus + ": " + detail);
    }
}
