package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a goal-6 effect cohort into {@link EffectCohortDefined}, or names every bad field. A
 * company in both groups would cancel itself out of the comparison, so the groups must be disjoint.
 */
public final class EffectCohortValidator {

    private final OnboardedHouses houses;
    private final Clock clock;

    public EffectCohortValidator(Houses houses, Clock clock) {
        this.houses = new OnboardedHouses(houses);
        this.clock = clock;
    }

    public Validated<EffectCohortDefined> validate(EffectCohortForm form) {
        Validation v = new Validation();
        LocalDate today = LocalDate.now(clock);
        String cohortId = v.requiredId("cohortId", form.cohortId());
        House house = houses.require(v, "house", form.house());
        Integer cohortYear = v.requiredYear("cohortYear", form.cohortYear(), today);
        Segment segment = v.requiredAnswer("segment", form.segment(), AnswerLabels.SEGMENT);
        List<String> treated = v.requiredCvrList("treated", form.treated());
        List<String> control = v.requiredCvrList("control", form.control());
        if (treated != null && control != null) {
            Set<String> treatedCompanies = new HashSet<>(treated);
            for (int i = 0; i < control.size(); i++) {
                if (treatedCompanies.contains(control.get(i))) {
                    v.reject("control[" + i + "]", control.get(i) + " is also in treated; the groups must not overlap");
                }
            }
        }
        return v.result(() -> new EffectCohortDefined(cohortId, house.id(), cohortYear, segment, treated, control));
    }
}
