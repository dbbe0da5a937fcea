package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Turns survey response events into {@code survey_responses} rows. The event carries the whole
 * response, so the row is the event of the highest version. {@link SurveyResponseEvent} has no
 * visitor; the unit test walking its permitted subclasses fails when an event is added without a
 * branch here. Answers may be missing; the facts the goals select by may not.
 */
public final class SurveyResponseProjection {

    public SurveyResponseRow toRow(SurveyResponseEvent event, long version) {
        if (event instanceof SurveyResponseRecorded r) {
            String stream = "survey response " + r.responseId();
            return new SurveyResponseRow(r.responseId(), required(r.house(), "house", stream), required(r.cvr(), "cvr", stream),
                    r.surveyYear(), required(r.segment(), "segment", stream), required(r.answeredOn(), "answeredOn", stream),
                    r.competenceSatisfaction(), r.recommendScore(), r.expectedEffect(), r.receivedDigitalGuidance(),
                    r.receivedReferral(), r.usedReferral(), version);
        }
        throw new UnprojectableEventException("no projection for " + event.getClass().getSimpleName());
    }
}
