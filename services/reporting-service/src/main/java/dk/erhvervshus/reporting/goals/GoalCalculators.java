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
        byKind.put(MetricKind.NEW_COMPANY_SHARE, new NewCompanyShareCalculator());
        byKind.put(MetricKind.GEOGRAPHIC_SPREAD, new GeographicSpreadCalculator());
        byKind.put(MetricKind.SUSTAINABILITY_WHEEL, new SustainabilityWheelCalculator());
        byKind.put(MetricKind.ACTIVITIES_DONE, new ActivitiesDoneCalculator());
        byKind.put(MetricKind.UNIQUE_COMPANIES, new UniqueCompaniesCalculator());
        byKind.put(MetricKind.COURSE_COUNT, new CourseCountCalculator());
        GoalCalculator awaitingSurveyFeed = new AwaitingFeedCalculator();
        for (MetricKind kind : surveyFedKinds()) {
            byKind.put(kind, awaitingSurveyFeed);
        }
        Set<MetricKind> missing = EnumSet.complementOf(EnumSet.copyOf(byKind.keySet()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no calculator for metric kinds " + missing);
        }
    }

    /** The kinds whose data comes from survey-service, which this service does not read yet. */
    public static Set<MetricKind> surveyFedKinds() {
        return EnumSet.of(
                MetricKind.AWARENESS_SHARE,
                MetricKind.SATISFACTION_SHARE,
                MetricKind.NPS,
                MetricKind.REFERRAL_UPTAKE,
                MetricKind.GREEN_AWARENESS_SHARE,
                MetricKind.EXPECTED_EFFECT_SHARE,
                MetricKind.COHORT_GROWTH_DIFFERENCE,
                MetricKind.DIGITAL_EFFECT_SHARE);
    }

    public GoalCalculator forKind(MetricKind kind) {
        GoalCalculator calculator = byKind.get(kind);
        if (calculator == null) {
            throw new IllegalArgumentException("no calculator for " + kind);
        }
        return calculator;
    }
}
