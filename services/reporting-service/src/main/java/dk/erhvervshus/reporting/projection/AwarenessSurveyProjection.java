package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Turns awareness survey events into {@code awareness_surveys} rows; the event carries the whole
 * survey, so the row is the event of the highest version. No visitor on the family: the unit test
 * walking its permitted subclasses guards this class. conductedOn is required because "the latest
 * survey of the year" is chosen by it (survey-service fills in a default).
 */
public final class AwarenessSurveyProjection {

    public AwarenessSurveyRow toRow(AwarenessSurveyEvent event, long version) {
        if (event instanceof AwarenessSurveyRecorded s) {
            String stream = "awareness survey " + s.surveyId();
            return new AwarenessSurveyRow(s.surveyId(), required(s.house(), "house", stream), s.year(), s.respondents(),
                    s.awareOfHouse(), s.awareOfGreenServices(), required(s.conductedOn(), "conductedOn", stream), version);
        }
        throw new UnprojectableEventException("no projection for " + event.getClass().getSimpleName());
    }
}
