package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.validation.ConflictException;

import java.util.List;

/**
 * One awareness survey (kendskabsmåling), rebuilt from its events. A survey's result is recorded
 * once: sending the same result again changes nothing, and another result under the same id is a
 * {@link ConflictException}, because goal 1 must not silently switch to different numbers.
 */
public final class AwarenessSurvey {

    private final String surveyId;
    private AwarenessSurveyRecorded recorded;
    private long version;

    private AwarenessSurvey(String surveyId) {
        this.surveyId = surveyId;
    }

    public static AwarenessSurvey rebuild(String surveyId, List<AwarenessSurveyEvent> history) {
        AwarenessSurvey survey = new AwarenessSurvey(surveyId);
        history.forEach(survey::evolve);
        return survey;
    }

    /**
     * @param conductedOnWasSent false when the sender left {@code conductedOn} out and the validator
     *                           filled in its default, which moves with "today": a re-send on a later
     *                           day must still count as the same survey, so the date is then not compared
     */
    public List<AwarenessSurveyEvent> decide(AwarenessSurveyRecorded proposed, boolean conductedOnWasSent) {
        if (!surveyId.equals(proposed.surveyId())) {
            throw new IllegalArgumentException("survey " + proposed.surveyId() + " sent to survey " + surveyId);
        }
        if (recorded == null) {
            return List.of(proposed);
        }
        AwarenessSurveyRecorded comparable = conductedOnWasSent ? proposed
                : new AwarenessSurveyRecorded(proposed.surveyId(), proposed.house(), proposed.year(),
                proposed.respondents(), proposed.awareOfHouse(), proposed.awareOfGreenServices(),
                recorded.conductedOn());
        if (comparable.equals(recorded)) {
            return List.of();
        }
        throw new ConflictException("awareness survey " + surveyId
                + " is already recorded with different figures; use a new surveyId");
    }

    public void evolve(AwarenessSurveyEvent event) {
        // The family has one event today; EventFamiliesTest fails when it grows, pointing here.
        if (!(event instanceof AwarenessSurveyRecorded e)) {
            throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
        }
        recorded = e;
        version++;
    }

    /** Number of events applied; 0 while the survey is not recorded. */
    public long version() {
        return version;
    }
}
