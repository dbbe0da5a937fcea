package dk.erhvervshus.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates Erhvervsstyrelsen's feeds for a demo year from the demo courses: user-evaluation
 * answers of the companies enrolled in the evaluation, two awareness surveys, outbound referrals,
 * and register figures of goal 6's cohorts (enrolled two years earlier) and their control groups.
 *
 * <p>The answer mix follows the national 2021 figures of Erhvervsstyrelsen's "Erhvervshusenes målopfyldelse i 2021" (78 % "meget tilfreds",
 * awareness 34 % nationally; the demo house does better), so most goals land near their targets.
 */
public final class DemoSurveyGenerator {

    static final double RESPONSE_RATE = 0.6;
    /** Responses from companies the house has no course for: a data-quality finding the API must show. */
    static final int RESPONSES_WITHOUT_GUIDANCE = 6;

    private static final String[] SATISFACTION = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED",
            "VERY_DISSATISFIED", "DONT_KNOW", null};
    private static final double[] SATISFACTION_WEIGHTS = {0.80, 0.13, 0.03, 0.01, 0.005, 0.02, 0.005};
    private static final String[] EFFECT = {"HIGH", "SOME", "LOW", "NONE", "DONT_KNOW", null};
    private static final double[] EFFECT_WEIGHTS = {0.66, 0.22, 0.04, 0.02, 0.05, 0.01};
    private static final String[] USED = {"YES", "NO", "DONT_KNOW", null};
    private static final double[] USED_WEIGHTS = {0.55, 0.32, 0.11, 0.02};
    private static final String[] COUNTERPARTS = {"PRIVATE_ADVISOR", "CLUSTER", "KNOWLEDGE_INSTITUTION",
            "PUBLIC_PROGRAMME", "OTHER"};
    private static final String[] COUNTERPART_NAMES = {"Revisionsfirma Nord", "BioBase Nord", "Aalborg Universitet",
            "Innovationsfonden", "Advokathuset Limfjord", "Energi Cluster Denmark", "UCN Erhverv"};

    private final Random random;
    private final CvrNumbers cvrNumbers;
    private final DemoDataSet courses;

    public DemoSurveyGenerator(long seed, DemoDataSet courses) {
        this.random = new Random(seed ^ 0x5EED_5EEDL);
        // New companies (cohorts, responses without guidance) must not be any guided company.
        this.cvrNumbers = new CvrNumbers(random, courses.courses().stream().map(DemoCourse::cvr).toList());
        this.courses = courses;
    }

    public DemoSurveyData generate() {
        int year = courses.year();
        Map<String, DemoCourse> evaluated = new LinkedHashMap<>();
        for (DemoCourse course : courses.courses()) {
            if (course.startedOn().getYear() == year && course.enrolledInEvaluation() && !course.isRetracted()) {
                evaluated.putIfAbsent(course.cvr(), course);
            }
        }
        List<DemoSurveyData.Response> responses = new ArrayList<>();
        int sequence = 0;
        for (DemoCourse course : evaluated.values()) {
            if (random.nextDouble() < RESPONSE_RATE) {
                responses.add(response(String.format("ES-%d-%06d", year, ++sequence), course.cvr(), course, year));
            }
        }
        for (int i = 0; i < RESPONSES_WITHOUT_GUIDANCE; i++) {
            responses.add(response(String.format("ES-%d-%06d", year, ++sequence), cvrNumbers.next(), null, year));
        }
        List<DemoSurveyData.Figures> figures = new ArrayList<>();
        List<DemoSurveyData.Cohort> cohorts = List.of(
                cohort("GROWTH", year - 2, year, 120, 240, new Growth(0.22, 0.09, 0.12, 0.05), figures),
                cohort("OPERATION", year - 2, year, 150, 300, new Growth(0.08, 0.05, 0.02, 0.02), figures));
        return new DemoSurveyData(responses, awareness(year), referrals(evaluated, year), figures, cohorts);
    }

    /**
     * A goal-6 cohort: companies of a segment enrolled in the evaluation in {@code cohortYear} and a
     * control group twice its size, with register figures for the cohort year and {@code endYear}.
     * A few companies lack one year's figures, as register data do.
     */
    private DemoSurveyData.Cohort cohort(String segment, int cohortYear, int endYear, int treatedCount, int controlCount,
                                         Growth growth, List<DemoSurveyData.Figures> figures) {
        List<String> treated = new ArrayList<>();
        List<String> control = new ArrayList<>();
        for (int i = 0; i < treatedCount; i++) {
            treated.add(company(cohortYear, endYear, growth.treatedRevenue(), growth.treatedFte(), figures));
        }
        for (int i = 0; i < controlCount; i++) {
            control.add(company(cohortYear, endYear, growth.controlRevenue(), growth.controlFte(), figures));
        }
        return new DemoSurveyData.Cohort("cohort-" + courses.house() + "-" + cohortYear + "-" + segment, cohortYear,
                segment, treated, control);
    }

    private String company(int baseYear, int endYear, double revenueGrowth, double fteGrowth,
                           List<DemoSurveyData.Figures> figures) {
        String cvr = cvrNumbers.next();
        double revenue = 3_000_000 + random.nextDouble() * 60_000_000;
        double fte = 4 + random.nextDouble() * 90;
        if (random.nextDouble() >= 0.02) {
            figures.add(new DemoSurveyData.Figures(cvr, baseYear, money(revenue), fte(fte)));
        }
        if (random.nextDouble() >= 0.05) {
            double endRevenue = revenue * (1 + revenueGrowth + random.nextGaussian() * 0.1);
            double endFte = fte * (1 + fteGrowth + random.nextGaussian() * 0.06);
            figures.add(new DemoSurveyData.Figures(cvr, endYear, money(Math.max(0, endRevenue)), fte(Math.max(0.5, endFte))));
        }
        return cvr;
    }

    /** Expected two-year growth of revenue and FTE for the treated companies and their control group. */
    private record Growth(double treatedRevenue, double controlRevenue, double treatedFte, double controlFte) {
    }

    private DemoSurveyData.Response response(String id, String cvr, DemoCourse course, int year) {
        boolean growth = course == null ? random.nextBoolean() : "GROWTH".equals(course.category());
        LocalDate start = course == null ? LocalDate.of(year, 3, 1) : course.startedOn();
        LocalDate answeredOn = start.plusDays(30 + random.nextInt(60));
        if (answeredOn.getYear() > year + 1) {
            answeredOn = LocalDate.of(year + 1, 2, 28);
        }
        boolean digital = course != null && course.themes().contains("DIGITALISATION") || random.nextDouble() < 0.05;
        boolean referred = random.nextDouble() < 0.3;
        return new DemoSurveyData.Response(id, cvr, year, growth ? "GROWTH" : "OPERATION", answeredOn,
                pick(SATISFACTION, SATISFACTION_WEIGHTS), recommendScore(),
                pick(EFFECT, EFFECT_WEIGHTS), digital, referred, referred ? pick(USED, USED_WEIGHTS) : null);
    }

    /** About 74 % promoters, 18 % passives, 8 % detractors, and a few who skip the question. */
    private Integer recommendScore() {
        double r = random.nextDouble();
        if (r < 0.01) {
            return null;
        }
        if (r < 0.75) {
            return 9 + random.nextInt(2);
        }
        if (r < 0.93) {
            return 7 + random.nextInt(2);
        }
        return random.nextInt(7);
    }

    /** A spring measurement and the autumn one that counts (the latest of the year). */
    private List<DemoSurveyData.Awareness> awareness(int year) {
        return List.of(
                new DemoSurveyData.Awareness("KM-" + year + "-NJ-FORAAR", year, 800, 352, 243, LocalDate.of(year, 4, 20)),
                new DemoSurveyData.Awareness("KM-" + year + "-NJ-EFTERAAR", year, 1000, 517, 389, LocalDate.of(year, 10, 16)));
    }

    private List<DemoSurveyData.Referral> referrals(Map<String, DemoCourse> evaluated, int year) {
        List<DemoSurveyData.Referral> referrals = new ArrayList<>();
        int sequence = 0;
        for (DemoCourse course : evaluated.values()) {
            if (random.nextDouble() >= 0.18) {
                continue;
            }
            LocalDate referredOn = course.startedOn().plusDays(7 + random.nextInt(40));
            if (referredOn.getYear() > year) {
                continue;
            }
            boolean reported = random.nextDouble() < 0.7;
            referrals.add(new DemoSurveyData.Referral(String.format("REF-%d-%05d", year, ++sequence), course.cvr(),
                    referredOn, COUNTERPARTS[random.nextInt(COUNTERPARTS.length)],
                    COUNTERPART_NAMES[random.nextInt(COUNTERPART_NAMES.length)], course.municipalityCode(),
                    reported ? random.nextDouble() < 0.56 : null, reported ? referredOn.plusDays(60 + random.nextInt(90)) : null));
        }
        return referrals;
    }

    private String pick(String[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP);
    }

    static BigDecimal fte(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
