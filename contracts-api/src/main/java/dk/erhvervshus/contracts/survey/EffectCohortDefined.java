package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;

/**
 * The companies of a segment enrolled in the user evaluation in {@code cohortYear} (treated) and a
 * control group of comparable companies, as Erhvervsstyrelsen defines them for goal 6. Redefining a
 * cohort replaces its lists.
 */
public record EffectCohortDefined(
        String cohortId,
        String house,
        int cohortYear,
        Segment segment,
        List<String> treated,
        List<String> control) implements EffectCohortEvent {

    public EffectCohortDefined {
        treated = treated == null ? List.of() : List.copyOf(treated);
        control = control == null ? List.of() : List.copyOf(control);
    }
}
