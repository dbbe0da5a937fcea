package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/** Events of one awareness survey (kendskabsmåling); aggregate id = {@link #aggregateId(String, String)}, per house. */
public sealed interface AwarenessSurveyEvent extends DomainEvent permits AwarenessSurveyRecorded {

    String surveyId();

    static String aggregateId(String house, String surveyId) {
        return "awareness:" + house + ":" + surveyId;
    }
}
