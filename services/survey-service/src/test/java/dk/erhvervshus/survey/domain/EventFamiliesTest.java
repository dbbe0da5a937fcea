package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AwarenessSurvey}, {@link EffectCohort} and {@link CompanyFigures} each handle the one event
 * of their family (Referral has a visitor instead). When contracts-api adds an event to one of these
 * families, this fails, so the new event gets handled in the aggregate's {@code evolve} and
 * {@code decide} instead of being refused at run time.
 */
class EventFamiliesTest {

    @Test
    void each_single_event_family_still_has_exactly_the_event_its_aggregate_handles() {
        assertThat(AwarenessSurveyEvent.class.getPermittedSubclasses()).as("handled by AwarenessSurvey")
                .containsExactly(AwarenessSurveyRecorded.class);
        assertThat(EffectCohortEvent.class.getPermittedSubclasses()).as("handled by EffectCohort")
                .containsExactly(EffectCohortDefined.class);
        assertThat(CompanyFiguresEvent.class.getPermittedSubclasses()).as("handled by CompanyFigures")
                .containsExactly(CompanyFiguresReported.class);
    }
}
