package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.Validated;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a goal-6 effect cohort into {@link EffectCohortDefined}, or names every bad field. A
 * company in both groups would cancel itself out of the comparison, so the groups must be disjoint.
 */
public final class EffectCohortValidator {

    /**
     * Companies per group. A cohort is one event on Kafka: 2 × 5,000 CVR numbers make an event of
     * about 120 KB, far below the broker's 1 MB default limit per record.
     */
    public static final int MAX_COMPANIES_PER_GROUP = 5_000;

    private final KnownHouses houses;
    private final Clock clock;

    public EffectCohortValidator(Houses houses, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.clock = clock;
    }

    public Validated<EffectCohortDefined> validate(EffectCohortForm form) {
        Validation v = new Validation(clock);
        String cohortId = v.requiredId("cohortId", form.cohortId());
        House house = houses.requireOnboarded(v, "house", form.house());
        Integer cohortYear = v.requiredYear("cohortYear", form.cohortYear());
        Segment segment = v.requiredAnswer("segment", form.segment(), AnswerLabels.SEGMENT);
        List<String> treated = v.requiredCvrList("treated", form.treated(), MAX_COMPANIES_PER_GROUP);
        List<String> control = v.requiredCvrList("control", form.control(), MAX_COMPANIES_PER_GROUP);
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
