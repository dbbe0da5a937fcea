package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one answer to Erhvervsstyrelsen's user evaluation (brugerevaluering); aggregate id = response id. */
public sealed interface SurveyResponseEvent extends DomainEvent permits SurveyResponseRecorded {

    String responseId();
}
