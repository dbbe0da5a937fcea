package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.SurveyFacts;
import dk.erhvervshus.reporting.goals.SurveyResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The goals the acknowledged writes call for: reporting-service's own pure calculators
 * ({@link GoalEvaluator}, plain Java) fed with facts built here from the ground truth, never from a
 * read model or a topic. So a projection that lost, doubled or garbled an event shows as a
 * difference from these, and {@link IndependentCounts} checks the basic counts without the
 * calculators, so that a fault in them or in this fact-building cannot hide itself.
 */
final class ExpectedGoals {

    private static final House HOUSE = Houses.load().find(Course.HOUSE).orElseThrow();
    private static final GoalEvaluator EVALUATOR = new GoalEvaluator();

    private ExpectedGoals() {
    }

    static List<GoalResult> of(GroundTruth.Snapshot truth, GoalCatalogue catalogue, LocalDate asOf) {
        ContractPeriod period = new ContractPeriod(catalogue.year(), asOf);
        SurveyFacts survey = SurveyFacts.of(HOUSE, period, responses(truth), awareness(truth), referrals(truth),
                cohorts(truth), figures(truth));
        GoalFacts facts = GoalFacts.of(HOUSE, period, courses(truth), activities(truth, catalogue.year()), survey);
        return EVALUATOR.evaluateAll(catalogue, facts);
    }

    private static List<GuidedCourse> courses(GroundTruth.Snapshot truth) {
        return truth.courses().stream().map(c -> new GuidedCourse(c.courseId(), Course.HOUSE, c.cvr(), c.municipalityCode(),
                c.category(), Set.copyOf(c.themes()), c.startedOn(), c.retracted(), c.sustainabilityWheelUsed(),
                c.enrolledInEvaluation())).toList();
    }

    private static List<ActivityStatusChange> activities(GroundTruth.Snapshot truth, int year) {
        List<ActivityStatusChange> history = new ArrayList<>();
        truth.activities().forEach((aggregate, changes) -> changes.stream()
                .filter(change -> change.report().year() == year)
                .forEach(change -> history.add(new ActivityStatusChange(change.report().activityId(),
                        change.report().changedOn(), change.version(), change.report().status(), change.report().note()))));
        return history;
    }

    private static List<SurveyResponse> responses(GroundTruth.Snapshot truth) {
        return truth.responses().stream().map(a -> new SurveyResponse(a.responseId(), Course.HOUSE, a.cvr(), a.surveyYear(),
                a.segment(), a.answeredOn(), a.competenceSatisfaction(), a.recommendScore(), a.expectedEffect(),
                a.receivedDigitalGuidance(), a.receivedReferral(), a.usedReferral())).toList();
    }

    private static List<dk.erhvervshus.reporting.goals.AwarenessSurvey> awareness(GroundTruth.Snapshot truth) {
        return truth.awarenessSurveys().stream().map(s -> new dk.erhvervshus.reporting.goals.AwarenessSurvey(s.surveyId(),
                Course.HOUSE, s.year(), s.respondents(), s.awareOfHouse(), s.awareOfGreenServices(), s.conductedOn())).toList();
    }

    /** No goal reads a referral's municipality (only the municipality view does), so the truth keeps none. */
    private static List<dk.erhvervshus.reporting.goals.Referral> referrals(GroundTruth.Snapshot truth) {
        return truth.referrals().stream().map(r -> new dk.erhvervshus.reporting.goals.Referral(r.referralId(), Course.HOUSE,
                r.cvr(), r.referredOn(), r.direction(), null, r.used(), r.reportedOn())).toList();
    }

    private static List<dk.erhvervshus.reporting.goals.EffectCohort> cohorts(GroundTruth.Snapshot truth) {
        return truth.cohorts().stream().map(c -> new dk.erhvervshus.reporting.goals.EffectCohort(c.cohortId(), Course.HOUSE,
                c.cohortYear(), c.segment(), c.treated(), c.control())).toList();
    }

    private static List<dk.erhvervshus.reporting.goals.CompanyFigures> figures(GroundTruth.Snapshot truth) {
        return truth.figures().stream().map(f -> new dk.erhvervshus.reporting.goals.CompanyFigures(f.cvr(), f.year(),
                f.revenueDkk(), f.fte())).toList();
    }
}
