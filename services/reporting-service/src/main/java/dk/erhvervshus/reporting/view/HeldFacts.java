package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.Referral;
import dk.erhvervshus.reporting.goals.SurveyResponse;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest version of every course, answer and referral one house-year's goals can read, whatever
 * its business date, as committed before {@code horizon}: the oldest transaction still running when
 * they were read. Immutable: bringing it up to date makes a new one, so a reader never sees half a
 * change and two refreshes never step on each other.
 *
 * @param horizon every version a transaction below it wrote or closed is folded in; versions of
 *                transactions at or above it may be, and are read again the next time
 */
record HeldFacts(long horizon, Map<String, Held<GuidedCourse>> courses, Map<String, Held<SurveyResponse>> responses,
                 Map<String, Held<Referral>> referrals) {

    /** A fact as of its version. */
    record Held<T>(long version, T fact) {
    }

    /**
     * A version as read from the tables: the latest of its fact, or one a later version replaced.
     * {@code fact} is null for a latest version that counts for no goal (a retracted course): the
     * fact is then dropped.
     */
    record Change<T>(String id, long version, boolean latest, T fact) {
    }

    static HeldFacts of(long horizon, List<Change<GuidedCourse>> courses, List<Change<SurveyResponse>> responses,
                        List<Change<Referral>> referrals) {
        return new HeldFacts(horizon, fold(Map.of(), courses), fold(Map.of(), responses), fold(Map.of(), referrals));
    }

    /** These facts with the versions written or closed since, held up to the new horizon. */
    HeldFacts with(long newHorizon, List<Change<GuidedCourse>> courseChanges,
                   List<Change<SurveyResponse>> responseChanges, List<Change<Referral>> referralChanges) {
        return new HeldFacts(newHorizon, fold(courses, courseChanges), fold(responses, responseChanges),
                fold(referrals, referralChanges));
    }

    /**
     * Applies versions in any order, each any number of times: a latest version replaces an older
     * one held, never a newer; a replaced version drops its fact only if it is the one held (its
     * successor may lie outside what this house-year reads, or not count).
     */
    static <T> Map<String, Held<T>> fold(Map<String, Held<T>> before, Collection<Change<T>> changes) {
        if (changes.isEmpty()) {
            return before;
        }
        Map<String, Held<T>> after = new HashMap<>(before);
        for (Change<T> change : changes) {
            Held<T> held = after.get(change.id());
            if (change.latest()) {
                if (held != null && held.version() > change.version()) {
                    continue;
                }
                if (change.fact() == null) {
                    after.remove(change.id());
                } else {
                    after.put(change.id(), new Held<>(change.version(), change.fact()));
                }
            } else if (held != null && held.version() == change.version()) {
                after.remove(change.id());
            }
        }
        return Collections.unmodifiableMap(after);
    }

    /** How many facts are held: what bounds the memory of the held house-years. */
    long size() {
        return courses.size() + responses.size() + referrals.size();
    }

    List<GuidedCourse> courseList() {
        return facts(courses);
    }

    List<SurveyResponse> responseList() {
        return facts(responses);
    }

    List<Referral> referralList() {
        return facts(referrals);
    }

    private static <T> List<T> facts(Map<String, Held<T>> held) {
        return held.values().stream().map(Held::fact).toList();
    }
}
