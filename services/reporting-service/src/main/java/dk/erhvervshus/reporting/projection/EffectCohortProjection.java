package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Turns cohort definitions into {@code effect_cohorts} rows. Redefining a cohort replaces its
 * lists, so the row is the definition of the highest version. No visitor on the family: the unit
 * test walking its permitted subclasses guards this class.
 */
public final class EffectCohortProjection {

    public EffectCohortRow toRow(EffectCohortEvent event, long version) {
        if (event instanceof EffectCohortDefined c) {
            String stream = "effect cohort " + c.cohortId();
            return new EffectCohortRow(c.cohortId(), required(c.house(), "house", stream), c.cohortYear(),
                    required(c.segment(), "segment", stream), c.treated(), c.control(), version);
        }
        throw new UnprojectableEventException("no projection for " + event.getClass().getSimpleName());
    }
}
