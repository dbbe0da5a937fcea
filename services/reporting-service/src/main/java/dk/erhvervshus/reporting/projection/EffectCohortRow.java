package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;

/** A row of {@code effect_cohorts}: the latest definition of a cohort, whose lists replace the earlier ones. */
public record EffectCohortRow(
        String cohortId,
        String house,
        int cohortYear,
        Segment segment,
        List<String> treated,
        List<String> control,
        long lastVersion) implements FactRow {

    public EffectCohortRow {
        treated = List.copyOf(treated);
        control = List.copyOf(control);
    }
}
