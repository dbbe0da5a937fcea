package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.MetricKind;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The calculator of every metric kind. A kind added to {@link MetricKind} without a calculator
 * fails construction (so the service does not start) and the unit test walking
 * {@code MetricKind.values()}.
 */
public final class GoalCalculators {

    private final Map<MetricKind, GoalCalculator> byKind = new EnumMap<>(MetricKind.class);

    public GoalCalculators() {
        byKind.put(MetricKind.AWARENESS_SHARE, new AwarenessShareCalculator());
        byKind.put(MetricKind.NEW_COMPANY_SHARE, new NewCompanyShareCalculator());
        byKind.put(MetricKind.GEOGRAPHIC_SPREAD, new GeographicSpreadCalculator());
        byKind.put(MetricKind.SATISFACTION_SHARE, new SatisfactionShareCalculator());
        byKind.put(MetricKind.NPS, new NpsCalculator());
        byKind.put(MetricKind.REFERRAL_UPTAKE, new ReferralUptakeCalculator());
        byKind.put(MetricKind.SUSTAINABILITY_WHEEL, new SustainabilityWheelCalculator());
        byKind.put(MetricKind.GREEN_AWARENESS_SHARE, new GreenAwarenessShareCalculator());
        byKind.put(MetricKind.EXPECTED_EFFECT_SHARE, new ExpectedEffectShareCalculator());
        byKind.put(MetricKind.COHORT_GROWTH_DIFFERENCE, new CohortGrowthDifferenceCalculator());
        byKind.put(MetricKind.DIGITAL_EFFECT_SHARE, new DigitalEffectShareCalculator());
        byKind.put(MetricKind.ACTIVITIES_DONE, new ActivitiesDoneCalculator());
        byKind.put(MetricKind.UNIQUE_COMPANIES, new UniqueCompaniesCalculator());
        byKind.put(MetricKind.COURSE_COUNT, new CourseCountCalculator());
        Set<MetricKind> missing = EnumSet.complementOf(EnumSet.copyOf(byKind.keySet()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no calculator for metric kinds " + missing);
        }
    }

    public GoalCalculator forKind(MetricKind kind) {
        GoalCalculator calculator = byKind.get(kind);
        if (calculator == null) {
            throw new IllegalArgumentException("no calculator for " + kind);
        }
        return calculator;
    }
}
