package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/**
 * Events of one answer to Erhvervsstyrelsen's user evaluation (brugerevaluering); aggregate id =
 * {@link #aggregateId(String, String)}: a response id is unique per house, not across houses.
 */
public sealed interface SurveyResponseEvent extends DomainEvent permits SurveyResponseRecorded {

    String responseId();

    static String aggregateId(String house, String responseId) {
        return "response:" + house + ":" + responseId;
    }
}
