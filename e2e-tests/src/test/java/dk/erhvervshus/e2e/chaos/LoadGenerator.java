package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.ActivityDefinition;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.Municipality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The seeded mixed load of Erhvervshus Nordjylland, phase by phase: the same seed and sizes give
 * the same writes. Proportions follow a house's year (demo-data's): most events are courses from
 * the CRM (registrations, completions, some updates and retractions), every tenth course goes
 * through the course endpoints, about 30 % are the user evaluation (as JSON, JSON batches and
 * Danish CSV exports), then referrals and their outcomes, register figures for goal 6's cohorts and
 * other companies, a few awareness surveys, cohorts and activity reports. Courses start in 2022,
 * 2023 (most) and 2024; the survey years are 2022 and 2023; cohorts are of 2021 with figures for
 * 2021 and 2023. Now and then a CRM batch or a CSV export is sent a second time, as feeds do.
 *
 * <p>Every change is planned on the state the earlier writes of its lane leave (a course is
 * completed once, never changed after its retraction, an outcome follows its referral), so every
 * write is valid and, once acknowledged, is exactly what the ground truth folds.
 */
final class LoadGenerator {

    private static final Map<Lane, Double> SHARE = new EnumMap<>(Map.of(
            Lane.CRM_1, 0.22, Lane.CRM_2, 0.22, Lane.REGISTRAR, 0.05, Lane.STAFF, 0.004,
            Lane.SURVEY_JSON, 0.13, Lane.SURVEY_CSV, 0.15, Lane.REFERRALS, 0.07, Lane.REGISTER, 0.156));
    private static final LocalDate LAST_BUSINESS_DAY = LocalDate.of(2024, 12, 31);
    private static final int ACTIVITY_YEAR = 2023;
    private static final int COHORT_YEAR = 2021;
    private static final int FIGURES_END_YEAR = 2023;

    private final Random random;
    private final List<String> companies;
    private final List<String> unguidedCompanies;
    private final CvrSequence registerCompanies;
    private final List<Municipality> municipalities;
    private final double[] municipalityWeights;
    private final List<String> activityIds;

    private final Map<Lane, CrmLane> crm = new EnumMap<>(Lane.class);
    private final List<DirectCourse> direct = new ArrayList<>();
    private final Map<String, ActivityPlan> activities = new LinkedHashMap<>();
    private final List<Referral> referralsWithoutOutcome = new ArrayList<>();
    private final List<Referral> referralsWithOneOutcome = new ArrayList<>();
    private final List<ImportResponses> importedFiles = new ArrayList<>();
    private final Map<String, CompanyFigures> reportedFigures = new LinkedHashMap<>();
    private final List<String> reportedFigureKeys = new ArrayList<>();
    private final List<CompanyFigures> pendingFigures = new ArrayList<>();
    private final Map<String, BigDecimal[]> companyBase = new HashMap<>();
    private final Map<String, EffectCohort> cohorts = new LinkedHashMap<>();
    private final List<AwarenessSurvey> pendingAwareness = new ArrayList<>();
    private final List<EffectCohort> pendingCohorts = new ArrayList<>();
    private final int cohortSize;
    private int phase;
    private int courseSeq;
    private int crmEventSeq;
    private int batchSeq;
    private int keySeq;
    private int responseSeq;
    private int referralSeq;
    private int awarenessSeq;

    LoadGenerator(long seed, int totalEvents) {
        this.random = new Random(seed);
        CvrSequence cvrs = new CvrSequence(30_000_000);
        this.companies = cvrs.take(Math.max(300, totalEvents / 4));
        this.unguidedCompanies = cvrs.take(Math.max(30, totalEvents / 100));
        this.registerCompanies = new CvrSequence(60_000_000);
        this.municipalities = Houses.load().find(Course.HOUSE).orElseThrow().municipalities();
        // The funding key with some seeded unevenness, so goal 2 has municipalities on both sides.
        this.municipalityWeights = municipalities.stream()
                .mapToDouble(m -> m.fundingKey() * (0.3 + 1.4 * random.nextDouble())).toArray();
        this.activityIds = new GoalCatalogues().find(Course.HOUSE, ACTIVITY_YEAR).orElseThrow().goals().stream()
                .map(GoalDefinition::activities).flatMap(List::stream).map(ActivityDefinition::id).toList();
        this.cohortSize = Math.max(10, Math.min(400, totalEvents / 100));
        crm.put(Lane.CRM_1, new CrmLane());
        crm.put(Lane.CRM_2, new CrmLane());
    }

    /** The writes of the next phase, about {@code events} in all, per lane in the order each lane sends them. */
    Map<Lane, List<Write>> phase(int events) {
        int maxBatch = Math.max(10, Math.min(250, events / 25));
        Map<Lane, List<Write>> writes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            int budget = (int) Math.round(events * SHARE.get(lane));
            if (lane == Lane.STAFF) {
                budget = Math.max(1, budget);
            }
            List<Write> laneWrites = new ArrayList<>();
            int planned = 0;
            while (planned < budget) {
                Write write = next(lane, Math.min(maxBatch, budget - planned), maxBatch);
                if (write == null) {
                    break;
                }
                laneWrites.add(write);
                planned += write.events();
            }
            writes.put(lane, laneWrites);
        }
        phase++;
        return writes;
    }

    private Write next(Lane lane, int room, int maxBatch) {
        return switch (lane) {
            case CRM_1, CRM_2 -> crmBatch(lane, room, maxBatch);
            case REGISTRAR -> directWrite(lane);
            case STAFF -> activityReport(lane);
            case SURVEY_JSON -> surveyJson(lane, room, maxBatch);
            case SURVEY_CSV -> surveyCsv(lane, room, maxBatch);
            case REFERRALS -> referralWrite(lane);
            case REGISTER -> registerWrite(lane, room, maxBatch);
        };
    }

    // --- courses -------------------------------------------------------------------------------------

    /** One CRM integration's courses as they stand after its planned changes. */
    private static final class CrmLane {
        final Map<String, Course> courses = new LinkedHashMap<>();
        final List<String> open = new ArrayList<>();
        final List<CrmBatch> sent = new ArrayList<>();
    }

    private Write crmBatch(Lane lane, int room, int maxBatch) {
        CrmLane state = crm.get(lane);
        if (!state.sent.isEmpty() && random.nextDouble() < 0.03) {
            return state.sent.get(random.nextInt(state.sent.size())).again();
        }
        int size = Math.max(1, Math.min(room, maxBatch / 3 + random.nextInt(Math.max(1, maxBatch - maxBatch / 3 + 1))));
        List<CrmBatch.Item> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(crmItem(lane, state));
        }
        CrmBatch batch = new CrmBatch(lane, "chaos-batch-" + (++batchSeq), items);
        state.sent.add(batch);
        return batch;
    }

    private CrmBatch.Item crmItem(Lane lane, CrmLane state) {
        String crmEventId = "chaos-crm-" + lane.ordinal() + "-" + (++crmEventSeq);
        double pick = random.nextDouble();
        if (!state.open.isEmpty() && pick > 0.55) {
            String courseId = state.open.get(random.nextInt(state.open.size()));
            Course course = state.courses.get(courseId);
            if (pick < 0.83 && course.completedOn() == null) {
                LocalDate completedOn = completionDate(course.startedOn());
                state.courses.put(courseId, course.completed(completedOn));
                return new CrmBatch.Completed(crmEventId, courseId, completedOn);
            }
            if (pick < 0.95) {
                Course.Update update = realChange(course);
                state.courses.put(courseId, course.updated(update));
                return new CrmBatch.Updated(crmEventId, courseId, update, course.startedOn().plusDays(20));
            }
            String reason = "registered in error (" + crmEventId + ")";
            state.courses.put(courseId, course.retractedFor(reason));
            state.open.remove(courseId);
            return new CrmBatch.Retracted(crmEventId, courseId, reason, course.startedOn().plusDays(30));
        }
        Course course = newCourse("chaos-" + lane.name().toLowerCase(java.util.Locale.ROOT) + "-" + (++courseSeq));
        state.courses.put(course.courseId(), course);
        state.open.add(course.courseId());
        return new CrmBatch.Started(crmEventId, course);
    }

    /** A directly registered course with the state its planned writes leave. */
    private static final class DirectCourse {
        final CourseRef ref;
        Course course;

        DirectCourse(CourseRef ref, Course course) {
            this.ref = ref;
            this.course = course;
        }
    }

    private Write directWrite(Lane lane) {
        double pick = random.nextDouble();
        if (!direct.isEmpty() && pick > 0.6) {
            DirectCourse target = direct.get(random.nextInt(direct.size()));
            if (pick < 0.92 && target.course.completedOn() == null) {
                LocalDate completedOn = completionDate(target.course.startedOn());
                target.course = target.course.completed(completedOn);
                return CourseDecision.completion(lane, target.ref, completedOn);
            }
            target.course = target.course.retractedFor("withdrawn by the company");
            direct.remove(target);
            return CourseDecision.retraction(lane, target.ref, "withdrawn by the company");
        }
        RegisterCourse.Safety safety = RegisterCourse.Safety.values()[random.nextInt(3)];
        Course course = newCourse("chaos-direct-" + (++courseSeq));
        CourseRef ref = new CourseRef(safety == RegisterCourse.Safety.KEY_ONLY ? null : course.courseId());
        direct.add(new DirectCourse(ref, course));
        return new RegisterCourse(lane, course, safety, "chaos-key-" + (++keySeq), ref);
    }

    private Course newCourse(String courseId) {
        double year = random.nextDouble();
        LocalDate startedOn = day(year < 0.25 ? 2022 : year < 0.95 ? 2023 : 2024);
        return Course.registered(courseId, company(), municipality(), category(), themes(), startedOn,
                random.nextDouble() < 0.3, random.nextDouble() < 0.8, pick(CourseOrigin.values()));
    }

    /** One to three fields set to other values than they have; the start moves only before a completion. */
    private Course.Update realChange(Course course) {
        String name = null;
        String municipality = null;
        GuidanceCategory category = null;
        List<Theme> themes = null;
        LocalDate startedOn = null;
        Boolean wheel = null;
        Boolean enrolled = null;
        int fields = 1 + random.nextInt(3);
        for (int i = 0; i < fields; i++) {
            switch (random.nextInt(7)) {
                case 0 -> name = "Chaos " + course.cvr() + " A/S " + (++keySeq);
                case 1 -> municipality = other(course.municipalityCode(), this::municipality);
                case 2 -> category = other(course.category(), this::category);
                case 3 -> themes = other(course.themes(), this::themes);
                case 4 -> startedOn = course.completedOn() == null ? other(course.startedOn(), () -> day(2022 + random.nextInt(2))) : null;
                case 5 -> wheel = !course.sustainabilityWheelUsed();
                default -> enrolled = !course.enrolledInEvaluation();
            }
        }
        if (name == null && municipality == null && category == null && themes == null && startedOn == null
                && wheel == null && enrolled == null) {
            wheel = !course.sustainabilityWheelUsed();
        }
        return new Course.Update(name, municipality, category, themes, startedOn, wheel, enrolled);
    }

    private LocalDate completionDate(LocalDate startedOn) {
        LocalDate completed = startedOn.plusDays(7 + random.nextInt(180));
        return completed.isAfter(LAST_BUSINESS_DAY) ? LAST_BUSINESS_DAY : completed;
    }

    // --- goal activities -----------------------------------------------------------------------------

    private static final class ActivityPlan {
        ActivityStatus status;
        LocalDate lastChange;
        int reports;
    }

    private Write activityReport(Lane lane) {
        List<String> candidates = activityIds.stream().filter(id -> {
            ActivityPlan plan = activities.get(id);
            return plan == null || (plan.reports < 6 && plan.lastChange.isBefore(LocalDate.of(ACTIVITY_YEAR, 12, 1)));
        }).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        String activityId = candidates.get(random.nextInt(candidates.size()));
        ActivityPlan plan = activities.computeIfAbsent(activityId, id -> new ActivityPlan());
        LocalDate changedOn = plan.lastChange == null ? LocalDate.of(ACTIVITY_YEAR, 1, 2).plusDays(random.nextInt(60))
                : plan.lastChange.plusDays(random.nextInt(45));
        if (changedOn.getYear() > ACTIVITY_YEAR) {
            changedOn = LocalDate.of(ACTIVITY_YEAR, 12, 31);
        }
        ActivityStatus status;
        if (plan.status == null) {
            status = random.nextBoolean() ? ActivityStatus.PLANNED : ActivityStatus.IN_PROGRESS;
        } else if (random.nextDouble() < 0.05) {
            status = plan.status; // reported again: the service stores nothing
        } else {
            status = switch (plan.status) {
                case PLANNED -> ActivityStatus.IN_PROGRESS;
                case IN_PROGRESS -> random.nextDouble() < 0.8 ? ActivityStatus.DONE : ActivityStatus.PLANNED;
                case DONE -> ActivityStatus.IN_PROGRESS;
            };
        }
        plan.status = status;
        plan.lastChange = changedOn;
        plan.reports++;
        return new ReportActivity(lane, new ActivityReport(ACTIVITY_YEAR, activityId, status, changedOn,
                "chaos report " + plan.reports));
    }

    // --- the user evaluation -------------------------------------------------------------------------

    private Write surveyJson(Lane lane, int room, int maxBatch) {
        if (random.nextDouble() < 0.25) {
            return RecordResponses.one(lane, surveyAnswer());
        }
        return RecordResponses.batch(lane, surveyAnswers(Math.min(room, 1 + random.nextInt(maxBatch))));
    }

    private Write surveyCsv(Lane lane, int room, int maxBatch) {
        if (!importedFiles.isEmpty() && random.nextDouble() < 0.05) {
            return importedFiles.get(random.nextInt(importedFiles.size())).again();
        }
        ImportResponses file = new ImportResponses(lane, surveyAnswers(Math.min(room, maxBatch + random.nextInt(maxBatch))));
        importedFiles.add(file);
        return file;
    }

    private List<SurveyAnswer> surveyAnswers(int count) {
        List<SurveyAnswer> answers = new ArrayList<>(count);
        for (int i = 0; i < Math.max(1, count); i++) {
            answers.add(surveyAnswer());
        }
        return answers;
    }

    private SurveyAnswer surveyAnswer() {
        int surveyYear = random.nextDouble() < 0.8 ? 2023 : 2022;
        LocalDate answeredOn = random.nextDouble() < 0.85 ? day(surveyYear)
                : LocalDate.of(surveyYear + 1, 1, 1).plusDays(random.nextInt(110));
        String cvr = random.nextDouble() < 0.85 ? company() : unguidedCompanies.get(random.nextInt(unguidedCompanies.size()));
        Boolean receivedReferral = maybe(0.3, 0.1);
        ReferralUse used = Boolean.TRUE.equals(receivedReferral)
                ? weighted(new ReferralUse[]{ReferralUse.YES, ReferralUse.NO, ReferralUse.DONT_KNOW, null}, 55, 25, 12, 8)
                : null;
        return new SurveyAnswer("CH-R" + (++responseSeq), cvr, surveyYear, pick(Segment.values()), answeredOn,
                weighted(new CompetenceSatisfaction[]{CompetenceSatisfaction.VERY_SATISFIED, CompetenceSatisfaction.SATISFIED,
                        CompetenceSatisfaction.NEUTRAL, CompetenceSatisfaction.DISSATISFIED,
                        CompetenceSatisfaction.VERY_DISSATISFIED, CompetenceSatisfaction.DONT_KNOW, null},
                        45, 25, 8, 5, 2, 7, 8),
                random.nextDouble() < 0.07 ? null : Math.min(10, 4 + random.nextInt(5) + random.nextInt(4)),
                weighted(new ExpectedEffect[]{ExpectedEffect.HIGH, ExpectedEffect.SOME, ExpectedEffect.LOW,
                        ExpectedEffect.NONE, ExpectedEffect.DONT_KNOW, null}, 40, 30, 10, 5, 8, 7),
                maybe(0.4, 0.1), receivedReferral, used);
    }

    // --- referrals -----------------------------------------------------------------------------------

    private Write referralWrite(Lane lane) {
        double pick = random.nextDouble();
        if (!referralsWithoutOutcome.isEmpty() && pick < 0.45) {
            Referral referral = referralsWithoutOutcome.remove(random.nextInt(referralsWithoutOutcome.size()));
            boolean used = random.nextDouble() < 0.6;
            LocalDate reportedOn = referral.referredOn().plusDays(5 + random.nextInt(120));
            referralsWithOneOutcome.add(referral.withOutcome(used, reportedOn));
            return SurveyRecord.outcome(lane, referral.referralId(), used, reportedOn);
        }
        if (!referralsWithOneOutcome.isEmpty() && pick < 0.53) {
            // A corrected outcome replaces the first one.
            Referral referral = referralsWithOneOutcome.remove(random.nextInt(referralsWithOneOutcome.size()));
            return SurveyRecord.outcome(lane, referral.referralId(), !referral.used(),
                    referral.reportedOn().plusDays(1 + random.nextInt(60)));
        }
        LocalDate referredOn = day(random.nextDouble() < 0.25 ? 2022 : 2023);
        Referral referral = Referral.made("CH-REF" + (++referralSeq), company(), referredOn,
                random.nextDouble() < 0.8 ? ReferralDirection.OUTBOUND : ReferralDirection.INBOUND,
                pick(CounterpartType.values()), random.nextDouble() < 0.7 ? municipality() : null);
        referralsWithoutOutcome.add(referral);
        return SurveyRecord.referral(lane, referral);
    }

    // --- register figures, effect cohorts, awareness surveys -----------------------------------------

    private Write registerWrite(Lane lane, int room, int maxBatch) {
        if (phase == 0 && cohorts.isEmpty() && pendingAwareness.isEmpty() && pendingCohorts.isEmpty()) {
            pendingAwareness.add(awarenessSurvey(2022));
            pendingAwareness.add(awarenessSurvey(2023));
            pendingCohorts.add(newCohort(Segment.GROWTH));
            pendingCohorts.add(newCohort(Segment.OPERATION));
        } else if (phase > 0 && pendingAwareness.isEmpty() && pendingCohorts.isEmpty() && random.nextDouble() < 0.04) {
            double pick = random.nextDouble();
            if (pick < 0.3 && awarenessSeq < 6) {
                pendingAwareness.add(awarenessSurvey(2023));
            } else if (pick < 0.5 && cohorts.size() < 4) {
                pendingCohorts.add(newCohort(pick < 0.4 ? Segment.GROWTH : Segment.OPERATION));
            } else {
                pendingCohorts.add(redefined(new ArrayList<>(cohorts.values()).get(random.nextInt(cohorts.size()))));
            }
        }
        if (!pendingAwareness.isEmpty()) {
            return SurveyRecord.awarenessSurvey(lane, pendingAwareness.remove(0));
        }
        if (!pendingCohorts.isEmpty()) {
            EffectCohort cohort = pendingCohorts.remove(0);
            cohorts.merge(cohort.cohortId(), cohort, EffectCohort::definedAgain);
            return SurveyRecord.cohort(lane, cohort);
        }
        return figuresDelivery(lane, Math.min(room, 1 + random.nextInt(maxBatch)));
    }

    private AwarenessSurvey awarenessSurvey(int year) {
        int respondents = 600 + random.nextInt(800);
        int aware = (int) (respondents * (0.35 + 0.3 * random.nextDouble()));
        int green = (int) (aware * (0.5 + 0.4 * random.nextDouble()));
        LocalDate conductedOn = LocalDate.of(year, 3, 1).plusDays(random.nextInt(290));
        return new AwarenessSurvey("CH-KM" + (++awarenessSeq), year, respondents, aware, green, conductedOn);
    }

    private EffectCohort newCohort(Segment segment) {
        List<String> treated = registerCompanies.take(cohortSize);
        List<String> control = registerCompanies.take(cohortSize);
        treated.forEach(cvr -> planFigures(cvr, 0.15));
        control.forEach(cvr -> planFigures(cvr, 0.06));
        return new EffectCohort("CH-COHORT-" + segment + "-" + (cohorts.size() + pendingCohorts.size() + 1), COHORT_YEAR,
                segment, treated, control, 1);
    }

    /** A tenth of the treated companies replaced by new ones, which get figures too. */
    private EffectCohort redefined(EffectCohort cohort) {
        List<String> treated = new ArrayList<>(cohort.treated());
        for (int i = 0; i < Math.max(1, treated.size() / 10); i++) {
            String cvr = registerCompanies.next();
            planFigures(cvr, 0.15);
            treated.set(random.nextInt(treated.size()), cvr);
        }
        return new EffectCohort(cohort.cohortId(), cohort.cohortYear(), cohort.segment(), treated, cohort.control(), 1);
    }

    /** Figures of the cohort's base and end year; now and then a company lacks one of them. */
    private void planFigures(String cvr, double growth) {
        BigDecimal revenue = BigDecimal.valueOf(500_000L + random.nextInt(40_000_000));
        BigDecimal fte = BigDecimal.valueOf(20 + random.nextInt(1500)).movePointLeft(1);
        companyBase.put(cvr, new BigDecimal[]{revenue, fte});
        double skip = random.nextDouble();
        if (skip >= 0.04) {
            pendingFigures.add(new CompanyFigures(cvr, COHORT_YEAR, revenue, fte, 1));
        }
        if (skip < 0.04 || skip >= 0.08) {
            double g = growth + (random.nextGaussian() * 0.08);
            pendingFigures.add(new CompanyFigures(cvr, FIGURES_END_YEAR,
                    revenue.multiply(BigDecimal.valueOf(1 + g)).setScale(0, RoundingMode.HALF_UP),
                    fte.multiply(BigDecimal.valueOf(1 + g / 2)).setScale(1, RoundingMode.HALF_UP).max(new BigDecimal("0.1")),
                    1));
        }
    }

    private Write figuresDelivery(Lane lane, int size) {
        List<CompanyFigures> delivery = new ArrayList<>();
        Set<String> inDelivery = new HashSet<>();
        while (delivery.size() < Math.max(1, size)) {
            CompanyFigures report;
            if (!pendingFigures.isEmpty() && !inDelivery.contains(pendingFigures.get(0).key())) {
                report = pendingFigures.remove(0);
            } else if (!reportedFigureKeys.isEmpty() && random.nextDouble() < 0.15) {
                CompanyFigures earlier = reportedFigures.get(reportedFigureKeys.get(random.nextInt(reportedFigureKeys.size())));
                report = new CompanyFigures(earlier.cvr(), earlier.year(),
                        earlier.revenueDkk().add(BigDecimal.valueOf(1000 + random.nextInt(90_000))), earlier.fte(), 1);
            } else {
                String cvr = registerCompanies.next();
                report = new CompanyFigures(cvr, 2021 + random.nextInt(3), BigDecimal.valueOf(100_000L + random.nextInt(9_000_000)),
                        BigDecimal.valueOf(5 + random.nextInt(500)).movePointLeft(1), 1);
            }
            if (!inDelivery.add(report.key())) {
                break;
            }
            delivery.add(report);
            if (reportedFigures.put(report.key(), report) == null) {
                reportedFigureKeys.add(report.key());
            }
        }
        return new ReportFigures(lane, delivery);
    }

    // --- small draws ---------------------------------------------------------------------------------

    private String company() {
        // Skewed towards the first companies, so many have several courses and survey answers.
        double u = random.nextDouble();
        return companies.get((int) (companies.size() * u * u));
    }

    private String municipality() {
        double total = 0;
        for (double w : municipalityWeights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < municipalityWeights.length; i++) {
            draw -= municipalityWeights[i];
            if (draw < 0) {
                return municipalities.get(i).code();
            }
        }
        return municipalities.get(municipalities.size() - 1).code();
    }

    private GuidanceCategory category() {
        return weighted(GuidanceCategory.values(), 20, 15, 50, 15);
    }

    private List<Theme> themes() {
        Set<Theme> themes = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (themes.size() < count) {
            themes.add(pick(Theme.values()));
        }
        return themes.stream().sorted().toList();
    }

    private LocalDate day(int year) {
        return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
    }

    private Boolean maybe(double trueShare, double missingShare) {
        double u = random.nextDouble();
        return u < missingShare ? null : u < missingShare + trueShare;
    }

    private <T> T other(T current, java.util.function.Supplier<T> draw) {
        for (int i = 0; i < 20; i++) {
            T candidate = draw.get();
            if (!candidate.equals(current)) {
                return candidate;
            }
        }
        return null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    @SafeVarargs
    private <T> T weighted(T[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
