package dk.erhvervshus.survey.domain;

import java.util.List;

/** A goal-6 effect cohort as it arrived, every field raw text; see {@link SurveyResponseForm}. */
public record EffectCohortForm(
        String cohortId,
        String house,
        String cohortYear,
        String segment,
        List<String> treated,
        List<String> control) {
}
