package dk.erhvervshus.reporting.view;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.AwarenessSurvey;
import dk.erhvervshus.reporting.goals.CompanyFigures;
import dk.erhvervshus.reporting.goals.EffectCohort;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.Referral;
import dk.erhvervshus.reporting.goals.SurveyResponse;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The goals' facts from the rows the queries project: codes back to their enums, arrays to collections. */
final class FactRows {

    private FactRows() {
    }

    static <R, T> List<T> map(List<R> rows, Function<R, T> mapper) {
        return rows.stream().map(mapper).toList();
    }

    static GuidedCourse course(CourseVersionView.Version row) {
        return new GuidedCourse(row.courseId(), row.house(), row.cvr(), row.municipalityCode(),
                GuidanceCategory.valueOf(row.category()),
                Arrays.stream(row.themes() == null ? new String[0] : row.themes()).map(Theme::valueOf)
                        .collect(Collectors.toSet()),
                row.startedOn(), row.retracted(), row.sustainabilityWheelUsed(), row.enrolledInEvaluation());
    }

    static ActivityStatusChange change(ActivityStatusView.Fact row) {
        return new ActivityStatusChange(row.activityId(), row.changedOn(), row.version(),
                ActivityStatus.valueOf(row.status()), row.note());
    }

    static SurveyResponse response(SurveyResponseVersionView.Version row) {
        return new SurveyResponse(row.responseId(), row.house(), row.cvr(), row.surveyYear(),
                Segment.valueOf(row.segment()), row.answeredOn(),
                code(CompetenceSatisfaction.class, row.competenceSatisfaction()), row.recommendScore(),
                code(ExpectedEffect.class, row.expectedEffect()), row.receivedDigitalGuidance(),
                row.receivedReferral(), code(ReferralUse.class, row.usedReferral()));
    }

    static AwarenessSurvey survey(AwarenessSurveyVersionView.Fact row) {
        return new AwarenessSurvey(row.surveyId(), row.house(), row.year(), row.respondents(), row.awareOfHouse(),
                row.awareOfGreenServices(), row.conductedOn());
    }

    static Referral referral(ReferralVersionView.Version row) {
        return new Referral(row.referralId(), row.house(), row.cvr(), row.referredOn(),
                ReferralDirection.valueOf(row.direction()), row.municipalityCode(), row.used(), row.outcomeReportedOn());
    }

    static EffectCohort cohort(EffectCohortVersionView.Fact row) {
        return new EffectCohort(row.cohortId(), row.house(), row.cohortYear(), Segment.valueOf(row.segment()),
                row.treated() == null ? List.of() : List.of(row.treated()),
                row.control() == null ? List.of() : List.of(row.control()));
    }

    static CompanyFigures figures(CompanyFiguresVersionView.Fact row) {
        return new CompanyFigures(row.cvr(), row.year(), row.revenueDkk(), row.fte());
    }

    private static <E extends Enum<E>> E code(Class<E> scale, String value) {
        return value == null ? null : Enum.valueOf(scale, value);
    }
}
