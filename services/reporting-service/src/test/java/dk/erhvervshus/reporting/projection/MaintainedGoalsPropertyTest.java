package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
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
import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.AwarenessSurvey;
import dk.erhvervshus.reporting.goals.CompanyFigures;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.EffectCohort;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.Referral;
import dk.erhvervshus.reporting.goals.SurveyFacts;
import dk.erhvervshus.reporting.goals.SurveyResponse;
import dk.erhvervshus.reporting.maintained.GoalDerivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maintained goals equal the calculators', for every goal and any asOf, whatever the events and
 * however they are cut into batches. Each trial draws a random history of one house (courses with
 * updates, moves, completions and retractions across the year and the year before, activity reports,
 * user-evaluation answers, awareness surveys, referrals with outcomes, effect cohorts and register
 * figures), interleaves the streams, cuts them into random batches and runs them through the
 * projection's fold. After each batch only the house-years the batch marked ({@link GoalMarks}) are
 * derived again ({@link GoalDerivation}), as the maintainer does. At the end the maintained goals,
 * judged as of random dates on or after their latest fact, must equal the calculators evaluated
 * from the final facts as of the same dates; and a date before the latest fact is one the read
 * side computes from the facts instead ({@code MaintainedGoals.Snapshot#answers}).
 */
class MaintainedGoalsPropertyTest {

    private static final Houses HOUSES = Houses.load();
    private static final GoalCatalogues CATALOGUES = new GoalCatalogues(HOUSES);
    private static final House HOUSE = HOUSES.find("nordjylland").orElseThrow();
    private static final GoalCatalogue CATALOGUE = CATALOGUES.find("nordjylland", 2023).orElseThrow();
    private static final GoalYear GOAL_YEAR = new GoalYear("nordjylland", 2023);
    private static final List<String> MUNICIPALITIES = HOUSE.municipalities().stream()
            .map(m -> m.code()).toList();
    private static final GoalEvaluator EVALUATOR = new GoalEvaluator();
    private static final LocalDate EVERY_DATE = LocalDate.of(9999, 12, 31);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void maintained_goals_equal_the_calculators_for_every_goal_and_any_later_date(long seed) {
        Random random = new Random(seed);
        List<EventEnvelope> history = new History(random).events();
        Facts facts = new Facts();
        Map<GoalYear, GoalDerivation> maintained = new HashMap<>();
        GoalMarks marks = new GoalMarks(HOUSES, CATALOGUES);
        BatchProjector projector = new BatchProjector();
        int offset = 0;
        while (offset < history.size()) {
            int size = 1 + random.nextInt(Math.max(1, Math.min(25, history.size() - offset)));
            List<EventEnvelope> batch = history.subList(offset, Math.min(history.size(), offset + size));
            List<DecodedEvent> decoded = new ArrayList<>();
            for (EventEnvelope envelope : batch) {
                decoded.add(new DecodedEvent(Records.of(envelope, 0, offset + decoded.size()), envelope));
            }
            ProjectedBatch projected = projector.project(decoded, facts.courses, facts.referrals,
                    new StreamVersions(facts.versions));
            assertThat(projected.parked()).as("seed %d: a well-formed history parks nothing", seed).isEmpty();
            facts.apply(projected);
            for (GoalYear marked : marks.of(projected.applied())) {
                maintained.put(marked, derive(facts, marked));
            }
            offset += batch.size();
        }

        GoalDerivation stored = maintained.getOrDefault(GOAL_YEAR, derive(new Facts(), GOAL_YEAR));
        GoalDerivation fresh = derive(facts, GOAL_YEAR);
        assertThat(stored.lastFactDate()).as("seed %d", seed).isEqualTo(fresh.lastFactDate());
        LocalDate from = stored.lastFactDate() == null ? LocalDate.of(2022, 1, 1) : stored.lastFactDate();
        for (int i = 0; i < 6; i++) {
            LocalDate asOf = i == 0 ? from : from.plusDays(random.nextInt(800));
            ContractPeriod period = new ContractPeriod(2023, asOf);
            GoalFacts asOfFacts = facts.goalFacts(period);
            for (GoalDefinition goal : CATALOGUE.goals()) {
                GoalResult expected = EVALUATOR.evaluate(goal, asOfFacts);
                GoalResult judged = EVALUATOR.judge(goal, stored.measurements().get(goal.id()), period);
                assertThat(judged).as("seed %d, %s as of %s", seed, goal.id(), asOf).isEqualTo(expected);
            }
        }
    }

    private static GoalDerivation derive(Facts facts, GoalYear goalYear) {
        return GoalDerivation.of(CATALOGUE, facts.goalFacts(new ContractPeriod(goalYear.year(), EVERY_DATE)), EVALUATOR);
    }

    /** The read models as the projection leaves them, in memory. */
    private static final class Facts {
        final Map<String, CourseState> courses = new LinkedHashMap<>();
        final Map<PerHouseId, ReferralState> referrals = new LinkedHashMap<>();
        final Map<String, Long> versions = new HashMap<>();
        final List<ActivityStatusRow> reports = new ArrayList<>();
        final Map<PerHouseId, SurveyResponseRow> responses = new LinkedHashMap<>();
        final Map<PerHouseId, AwarenessSurveyRow> surveys = new LinkedHashMap<>();
        final Map<String, CompanyFiguresRow> figures = new LinkedHashMap<>();
        final Map<PerHouseId, EffectCohortRow> cohorts = new LinkedHashMap<>();

        void apply(ProjectedBatch batch) {
            batch.courses().forEach(c -> courses.put(c.courseId(), c));
            batch.referrals().forEach(r -> referrals.put(new PerHouseId(r.house(), r.referralId()), r));
            reports.addAll(batch.activityReports());
            batch.surveyResponses().forEach(r -> responses.merge(new PerHouseId(r.house(), r.responseId()), r,
                    (a, b) -> b.version() > a.version() ? b : a));
            batch.awarenessSurveys().forEach(s -> surveys.merge(new PerHouseId(s.house(), s.surveyId()), s,
                    (a, b) -> b.version() > a.version() ? b : a));
            batch.companyFigures().forEach(f -> figures.merge(f.cvr() + ":" + f.year(), f,
                    (a, b) -> b.lastVersion() > a.lastVersion() ? b : a));
            batch.effectCohorts().forEach(c -> cohorts.merge(new PerHouseId(c.house(), c.cohortId()), c,
                    (a, b) -> b.lastVersion() > a.lastVersion() ? b : a));
            versions.putAll(batch.streamVersions());
        }

        GoalFacts goalFacts(ContractPeriod period) {
            List<GuidedCourse> guided = courses.values().stream().map(c -> new GuidedCourse(c.courseId(), c.house(),
                    c.cvr(), c.municipalityCode(), c.category(), Set.copyOf(c.themes()), c.startedOn(), c.retracted(),
                    c.sustainabilityWheelUsed(), c.enrolledInEvaluation())).toList();
            List<ActivityStatusChange> history = reports.stream().filter(r -> r.year() == period.year())
                    .map(r -> new ActivityStatusChange(r.activityId(), r.changedOn(), r.version(), r.status(), r.note()))
                    .toList();
            SurveyFacts survey = SurveyFacts.of(HOUSE, period,
                    responses.values().stream().map(r -> new SurveyResponse(r.responseId(), r.house(), r.cvr(),
                            r.surveyYear(), r.segment(), r.answeredOn(), r.competenceSatisfaction(), r.recommendScore(),
                            r.expectedEffect(), r.receivedDigitalGuidance(), r.receivedReferral(), r.usedReferral())).toList(),
                    surveys.values().stream().map(s -> new AwarenessSurvey(s.surveyId(), s.house(), s.year(),
                            s.respondents(), s.awareOfHouse(), s.awareOfGreenServices(), s.conductedOn())).toList(),
                    referrals.values().stream().map(r -> new Referral(r.referralId(), r.house(), r.cvr(), r.referredOn(),
                            r.direction(), r.municipalityCode(), r.used(), r.outcomeReportedOn())).toList(),
                    cohorts.values().stream().map(c -> new EffectCohort(c.cohortId(), c.house(), c.cohortYear(),
                            c.segment(), c.treated(), c.control())).toList(),
                    figures.values().stream().map(f -> new CompanyFigures(f.cvr(), f.year(), f.revenueDkk(), f.fte()))
                            .toList());
            return GoalFacts.of(HOUSE, period, guided, history, survey);
        }
    }

    /** A random, well-formed history of Nordjylland: every stream's versions 1..n, streams interleaved. */
    private static final class History {
        private final Random random;
        private final List<String> cvrs;
        private final List<List<EventEnvelope>> streams = new ArrayList<>();
        private Instant clock = Instant.parse("2023-01-02T08:00:00Z");

        History(Random random) {
            this.random = random;
            this.cvrs = List.of("11111111", "22222222", "33333333", "44444444", "55555555", "66666666", "77777777",
                    "88888888").subList(0, 2 + random.nextInt(7));
        }

        List<EventEnvelope> events() {
            int courses = random.nextInt(30);
            for (int i = 0; i < courses; i++) {
                course("c" + i);
            }
            for (String activity : List.of("G5-A1", "G8-A1", "G8-A2")) {
                List<DomainEvent> reports = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    reports.add(new GoalActivityStatusChanged("nordjylland", 2023, activity, pick(ActivityStatus.values()),
                            "note", date(2023, 2023)));
                }
                stream(GoalActivityEvent.aggregateId("nordjylland", 2023, activity), reports);
            }
            for (int i = random.nextInt(15); i > 0; i--) {
                String id = "ES-" + i;
                stream(SurveyResponseEvent.aggregateId("nordjylland", id), List.of(new SurveyResponseRecorded(id,
                        "nordjylland", pick(cvrs), 2023, pick(Segment.values()), date(2023, 2024),
                        maybe(CompetenceSatisfaction.values()), random.nextInt(5) == 0 ? null : random.nextInt(11),
                        maybe(ExpectedEffect.values()), maybeBoolean(), maybeBoolean(), maybe(ReferralUse.values()))));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                String id = "AW-" + i;
                int respondents = 1 + random.nextInt(400);
                List<DomainEvent> versions = new ArrayList<>();
                for (int v = 1 + random.nextInt(2); v > 0; v--) {
                    versions.add(new AwarenessSurveyRecorded(id, "nordjylland", 2023, respondents,
                            random.nextInt(respondents + 1), random.nextInt(respondents + 1), date(2023, 2023)));
                }
                stream(AwarenessSurveyEvent.aggregateId("nordjylland", id), versions);
            }
            for (int i = random.nextInt(6); i > 0; i--) {
                String id = "R-" + i;
                List<DomainEvent> events = new ArrayList<>();
                LocalDate made = date(2022, 2023);
                events.add(new ReferralMade(id, "nordjylland", pick(cvrs), made, pick(ReferralDirection.values()),
                        CounterpartType.PRIVATE_ADVISOR, "Rådgiver", "851"));
                for (int o = random.nextInt(3); o > 0; o--) {
                    events.add(new ReferralOutcomeReported(id, random.nextBoolean(), made.plusDays(random.nextInt(200))));
                }
                stream(ReferralEvent.aggregateId("nordjylland", id), events);
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                String id = "C-" + i;
                List<DomainEvent> definitions = new ArrayList<>();
                for (int v = 1 + random.nextInt(2); v > 0; v--) {
                    definitions.add(new EffectCohortDefined(id, "nordjylland", 2021, pick(Segment.values()), subset(),
                            subset()));
                }
                stream(EffectCohortEvent.aggregateId("nordjylland", id), definitions);
            }
            for (String cvr : cvrs) {
                for (int year : new int[]{2021, 2023}) {
                    List<DomainEvent> reports = new ArrayList<>();
                    for (int v = random.nextInt(3); v > 0; v--) {
                        reports.add(new CompanyFiguresReported(cvr, year, BigDecimal.valueOf(random.nextInt(5_000_000)),
                                BigDecimal.valueOf(random.nextInt(40))));
                    }
                    stream(CompanyFiguresEvent.aggregateId(cvr, year), reports);
                }
            }
            return interleave();
        }

        private void course(String id) {
            List<DomainEvent> events = new ArrayList<>();
            events.add(new GuidanceCourseStarted(id, "nordjylland", pick(cvrs), "Virksomhed", pick(MUNICIPALITIES),
                    pick(GuidanceCategory.values()), themes(), date(2022, 2023), "Rådgiver", random.nextBoolean(),
                    random.nextBoolean(), CourseOrigin.DIRECT));
            for (int i = random.nextInt(4); i > 0; i--) {
                switch (random.nextInt(4)) {
                    case 0 -> events.add(new GuidanceCourseUpdated(id, null, null, null, null, date(2022, 2023), null,
                            null, null, null));
                    case 1 -> events.add(new GuidanceCourseUpdated(id, null, pick(MUNICIPALITIES),
                            pick(GuidanceCategory.values()), themes(), null, null, random.nextBoolean(),
                            random.nextBoolean(), null));
                    case 2 -> events.add(new GuidanceCourseCompleted(id, date(2023, 2023)));
                    default -> {
                        events.add(new GuidanceCourseRetracted(id, "registered in error"));
                        stream(id, events);
                        return;
                    }
                }
            }
            stream(id, events);
        }

        private void stream(String aggregateId, List<DomainEvent> payloads) {
            List<EventEnvelope> envelopes = new ArrayList<>();
            for (int v = 0; v < payloads.size(); v++) {
                DomainEvent payload = payloads.get(v);
                String source = payload instanceof GuidanceCourseStarted || payload instanceof GuidanceCourseUpdated
                        || payload instanceof GuidanceCourseCompleted || payload instanceof GuidanceCourseRetracted
                        || payload instanceof GoalActivityStatusChanged ? "guidance-service" : "survey-service";
                String house = payload instanceof CompanyFiguresReported ? CompanyFiguresEvent.NATIONAL : "nordjylland";
                envelopes.add(new EventEnvelope(UUID.randomUUID(), WireTypes.wireNameOf(payload.getClass()), aggregateId,
                        v + 1, 0, clock, clock, source, house, "property", "property", payload));
            }
            if (!envelopes.isEmpty()) {
                streams.add(envelopes);
            }
        }

        /** Every stream in order, the streams mixed at random; recorded times increase in the mixed order. */
        private List<EventEnvelope> interleave() {
            List<EventEnvelope> mixed = new ArrayList<>();
            List<Integer> next = new ArrayList<>(streams.stream().map(s -> 0).toList());
            Set<Integer> open = new HashSet<>();
            for (int i = 0; i < streams.size(); i++) {
                open.add(i);
            }
            while (!open.isEmpty()) {
                List<Integer> choices = new ArrayList<>(open);
                int s = choices.get(random.nextInt(choices.size()));
                EventEnvelope e = streams.get(s).get(next.get(s));
                clock = clock.plusSeconds(1 + random.nextInt(3600));
                mixed.add(new EventEnvelope(e.eventId(), e.type(), e.aggregateId(), e.version(), mixed.size() + 1,
                        clock, clock, e.source(), e.house(), e.correlationId(), e.recordedBy(), e.payload()));
                next.set(s, next.get(s) + 1);
                if (next.get(s) == streams.get(s).size()) {
                    open.remove(s);
                }
            }
            return mixed;
        }

        private LocalDate date(int firstYear, int lastYear) {
            LocalDate first = LocalDate.of(firstYear, 1, 1);
            int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay());
            return first.plusDays(random.nextInt(days + 1));
        }

        private List<Theme> themes() {
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            for (int i = random.nextInt(3); i > 0; i--) {
                themes.add(pick(Theme.values()));
            }
            return List.copyOf(themes);
        }

        private List<String> subset() {
            return cvrs.stream().filter(c -> random.nextBoolean()).collect(Collectors.toList());
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> T maybe(T[] values) {
            return random.nextInt(5) == 0 ? null : pick(values);
        }

        private Boolean maybeBoolean() {
            return random.nextInt(4) == 0 ? null : random.nextBoolean();
        }
    }
}
