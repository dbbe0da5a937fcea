package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one effect cohort of goal 6; aggregate id = cohort id. */
public sealed interface EffectCohortEvent extends DomainEvent permits EffectCohortDefined {

    String cohortId();
}
