package dk.erhvervshus.reporting.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Applies a batch whose transaction failed because of some of its records, by finding exactly those
 * records and parking them, so that one bad event never stops the others. Each attempt is its own
 * transaction; trials are rolled back, and only the last attempt, with every culprit parked and
 * everything else applied (and the positions), commits.
 *
 * <p>Events depend on the earlier events of their stream (an update needs its start), so the
 * search runs over prefixes of the batch in its order, not over arbitrary halves: with a prefix
 * that applies and a longer one that fails, the record that ends the shortest failing prefix is a
 * culprit. The first culprit is found by halving the range (a batch of 5,000 with one bad record
 * costs the failed attempt, 13 trials and the final commit); later culprits of the same batch by
 * galloping from the previous one (1, 2, 4, … records further), so bad records that come in runs
 * cost about two trials each rather than a full search.
 *
 * <p>A failure that is not the records' fault (the database went away during the search) ends it
 * at once, with nothing committed: the caller retries the whole batch later.
 */
public final class BatchBisector {

    /** One transaction over the given events (a prefix of the batch, or all of it but the culprits). */
    @FunctionalInterface
    public interface Attempt<R> {
        /**
         * @param rejected the culprits found so far, parked by the attempt
         * @param commit   false for a trial, which is rolled back whatever it did
         */
        R run(List<DecodedEvent> events, List<ParkedRecord> rejected, boolean commit);
    }

    /** The committed attempt's result, the records parked as culprits, and how many transactions it took. */
    public record Outcome<R>(R result, List<ParkedRecord> rejected, int attempts) {
        public boolean bisected() {
            return attempts > 1;
        }
    }

    /** The batch fails even without any of its events: the fault is not in a record this search can park. */
    public static final class BatchCannotBeAppliedException extends RuntimeException {
        BatchCannotBeAppliedException(Throwable cause) {
            super("the batch fails even without its events", cause);
        }
    }

    private final Predicate<Throwable> isRecordsFault;
    private final BiFunction<DecodedEvent, Throwable, ParkedRecord> rejection;

    /**
     * @param isRecordsFault true for a failure caused by the records applied (see {@link FailureKind#RECORD})
     * @param rejection      how a culprit is parked, given the failure its record caused
     */
    public BatchBisector(Predicate<Throwable> isRecordsFault, BiFunction<DecodedEvent, Throwable, ParkedRecord> rejection) {
        this.isRecordsFault = isRecordsFault;
        this.rejection = rejection;
    }

    public <R> Outcome<R> apply(List<DecodedEvent> events, Attempt<R> attempt) {
        Search<R> search = new Search<>(attempt, new ArrayList<>(events));
        return search.run();
    }

    private final class Search<R> {
        private final Attempt<R> attempt;
        private final List<DecodedEvent> candidates;
        private final List<ParkedRecord> rejected = new ArrayList<>();
        private int attempts;
        /** A prefix length of {@code candidates} known to apply; 0 is assumed until it must be proven. */
        private int applies;
        private boolean emptyPrefixProven;
        private RuntimeException lastFailure;

        Search(Attempt<R> attempt, List<DecodedEvent> candidates) {
            this.attempt = attempt;
            this.candidates = candidates;
        }

        Outcome<R> run() {
            boolean first = true;
            while (true) {
                try {
                    attempts++;
                    R result = attempt.run(List.copyOf(candidates), List.copyOf(rejected), true);
                    return new Outcome<>(result, List.copyOf(rejected), attempts);
                } catch (RuntimeException e) {
                    lastFailure = recordsFault(e);
                }
                int culprit = first ? halve(applies, candidates.size()) : gallop(applies, candidates.size());
                first = false;
                rejected.add(rejection.apply(candidates.remove(culprit), lastFailure));
                // The prefix before the culprit applied, and it is the same prefix without it.
                applies = culprit;
            }
        }

        /** Galloping from a prefix that applies towards one that fails, then halving the last step. */
        private int gallop(int applying, int failing) {
            for (int step = 1; applying + step < failing; step *= 2) {
                int probe = applying + step;
                if (!trialFails(probe)) {
                    applying = probe;
                } else {
                    return halve(applying, probe);
                }
            }
            return halve(applying, failing);
        }

        /** @return the index of the culprit: the last record of the shortest failing prefix */
        private int halve(int applying, int failing) {
            while (failing - applying > 1) {
                int middle = (applying + failing) >>> 1;
                if (trialFails(middle)) {
                    failing = middle;
                } else {
                    applying = middle;
                }
            }
            if (failing == 0) {
                throw new BatchCannotBeAppliedException(lastFailure);
            }
            if (applying == 0 && !emptyPrefixProven) {
                // Before blaming the first record: the rest of the batch (parked records, positions)
                // must apply on its own.
                if (trialFails(0)) {
                    throw new BatchCannotBeAppliedException(lastFailure);
                }
                emptyPrefixProven = true;
            }
            return failing - 1;
        }

        private boolean trialFails(int prefixLength) {
            try {
                attempts++;
                attempt.run(List.copyOf(candidates.subList(0, prefixLength)), List.copyOf(rejected), false);
                return false;
            } catch (RuntimeException e) {
                lastFailure = recordsFault(e);
                return true;
            }
        }

        /** The failure, if the records caused it; any other failure ends the search. */
        private RuntimeException recordsFault(RuntimeException failure) {
            if (!isRecordsFault.test(failure)) {
                throw failure;
            }
            return failure;
        }
    }
}
