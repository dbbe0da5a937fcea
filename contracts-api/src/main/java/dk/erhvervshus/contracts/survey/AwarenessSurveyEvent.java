package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one awareness survey (kendskabsmåling); aggregate id = survey id. */
public sealed interface AwarenessSurveyEvent extends DomainEvent permits AwarenessSurveyRecorded {

    String surveyId();
}
