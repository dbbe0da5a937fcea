package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one effect cohort of goal 6; aggregate id = {@link #aggregateId(String, String)}, per house. */
public sealed interface EffectCohortEvent extends DomainEvent permits EffectCohortDefined {

    String cohortId();

    static String aggregateId(String house, String cohortId) {
        return "cohort:" + house + ":" + cohortId;
    }
}
