package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.Segment;

import java.util.List;
import java.util.Set;

/**
 * Goal 6's treated companies and control group. Defining it again with the same companies, in any
 * order, is "unchanged"; other lists are "redefined", one more version.
 */
record EffectCohort(String cohortId, int cohortYear, Segment segment, List<String> treated, List<String> control,
                    long version) {

    EffectCohort {
        treated = List.copyOf(treated);
        control = List.copyOf(control);
    }

    EffectCohort definedAgain(EffectCohort definition) {
        boolean same = Set.copyOf(definition.treated).equals(Set.copyOf(treated))
                && Set.copyOf(definition.control).equals(Set.copyOf(control));
        return same ? this : new EffectCohort(cohortId, cohortYear, segment, definition.treated, definition.control,
                version + 1);
    }

    String aggregateId() {
        return "cohort:" + Course.HOUSE + ":" + cohortId;
    }
}
