package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.validation.ConflictException;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One goal-6 effect cohort, rebuilt from its events. Erhvervsstyrelsen may send a cohort again
 * with corrected lists of companies: that redefines it (the contract says a redefinition replaces
 * the lists). The order of the lists means nothing, so the same companies in another order change
 * nothing. House, year and segment say which goal the cohort feeds; another value under the same
 * id is a different cohort, hence a {@link ConflictException}.
 */
public final class EffectCohort {

    private final String cohortId;
    private EffectCohortDefined definition;
    private long version;

    private EffectCohort(String cohortId) {
        this.cohortId = cohortId;
    }

    public static EffectCohort rebuild(String cohortId, List<EffectCohortEvent> history) {
        EffectCohort cohort = new EffectCohort(cohortId);
        history.forEach(cohort::evolve);
        return cohort;
    }

    public List<EffectCohortEvent> decide(EffectCohortDefined proposed) {
        if (!cohortId.equals(proposed.cohortId())) {
            throw new IllegalArgumentException("cohort " + proposed.cohortId() + " sent to cohort " + cohortId);
        }
        if (definition == null) {
            return List.of(proposed);
        }
        if (!definition.house().equals(proposed.house()) || definition.cohortYear() != proposed.cohortYear()
                || definition.segment() != proposed.segment()) {
            throw new ConflictException("effect cohort " + cohortId + " is defined for " + describe(definition)
                    + ", not " + describe(proposed) + "; use a new cohortId");
        }
        if (sameCompanies(definition.treated(), proposed.treated())
                && sameCompanies(definition.control(), proposed.control())) {
            return List.of();
        }
        return List.of(proposed);
    }

    public void evolve(EffectCohortEvent event) {
        // The family has one event today; EventFamiliesTest fails when it grows, pointing here.
        if (!(event instanceof EffectCohortDefined e)) {
            throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
        }
        definition = e;
        version++;
    }

    /** Number of events applied; 0 while the cohort is not defined. */
    public long version() {
        return version;
    }

    public boolean exists() {
        return definition != null;
    }

    private static boolean sameCompanies(List<String> a, List<String> b) {
        return a.size() == b.size() && Objects.equals(new HashSet<>(a), new HashSet<>(b));
    }

    private static String describe(EffectCohortDefined cohort) {
        return cohort.house() + " " + cohort.cohortYear() + " " + cohort.segment();
    }
}
