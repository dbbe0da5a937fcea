package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;

/** Goal 6's companies of a segment enrolled in {@code cohortYear} (treated) and their control group. */
public record EffectCohort(String cohortId, String house, int cohortYear, Segment segment,
                           List<String> treated, List<String> control) {

    public EffectCohort {
        treated = treated == null ? List.of() : List.copyOf(treated);
        control = control == null ? List.of() : List.copyOf(control);
    }
}
