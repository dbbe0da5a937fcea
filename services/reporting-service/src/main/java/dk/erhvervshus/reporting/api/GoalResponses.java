package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.ActivityProgress;
import dk.erhvervshus.reporting.goals.CourseBreakdown;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.GroupShare;
import dk.erhvervshus.reporting.goals.KeyedCount;
import dk.erhvervshus.reporting.goals.MunicipalityShare;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.goals.MunicipalityVerdict;
import dk.erhvervshus.reporting.goals.NewCompanyBreakdown;
import dk.erhvervshus.reporting.goals.SpreadBreakdown;
import dk.erhvervshus.reporting.goals.WheelBreakdown;

import java.time.Instant;
import java.util.List;

/** Turns exact goal results into the API's records; the only place values get rounded. */
final class GoalResponses {

    private GoalResponses() {
    }

    static GoalsResponse list(HouseYear request, Instant computedAt, List<GoalResult> results) {
        return new GoalsResponse(request.house().id(), request.period().year(), request.period().asOf(), computedAt,
                results.stream().map(GoalResponses::summary).toList());
    }

    static GoalSummary summary(GoalResult r) {
        return new GoalSummary(r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed());
    }

    static GoalDetailResponse detail(HouseYear request, Instant computedAt, GoalResult r) {
        return new GoalDetailResponse(request.house().id(), request.period().year(), request.period().asOf(), computedAt,
                r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().description(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed(),
                r.criteria().stream().map(c -> new CriterionEntry(c.name(), c.satisfied())).toList(),
                breakdowns(r.breakdown()),
                r.activities().stream().map(GoalResponses::activity).toList());
    }

    static MunicipalitiesResponse municipalities(HouseYear request, Instant computedAt, MunicipalitySpread spread) {
        return new MunicipalitiesResponse(request.house().id(), request.period().year(), request.period().asOf(),
                computedAt, spread.guidedCompanies(), spread.companiesOutsideMunicipalities(),
                spread.municipalities().stream()
                        .map(m -> new MunicipalityEntry(m.code(), m.name(), m.group().name(), m.companies(), m.courses(),
                                Decimals.oneDecimal(m.keyShare()), Decimals.oneDecimal(m.actualShare())))
                        .toList());
    }

    static Breakdowns breakdowns(GoalBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        if (breakdown instanceof CourseBreakdown b) {
            return new Breakdowns(counts(b.byMunicipality()), counts(b.byCategory()), counts(b.byTheme()), counts(b.byMonth()),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        if (breakdown instanceof SpreadBreakdown b) {
            return new Breakdowns(null, null, null, null,
                    b.guidedCompanies(), b.companiesOutsideMunicipalities(),
                    b.municipalities().stream().map(GoalResponses::municipality).toList(),
                    groups(b.municipalityGroups()), groups(b.ruralUrban()),
                    null, null, null, null, null, null, null, null, null);
        }
        if (breakdown instanceof NewCompanyBreakdown b) {
            return new Breakdowns(null, null, null, null, b.guidedCompanies(), null, null, null, null,
                    b.evaluatedCompanies(), b.newCompanies(), b.returningCompanies(),
                    null, null, null, null, null, null);
        }
        if (breakdown instanceof WheelBreakdown b) {
            return new Breakdowns(null, null, null, null, null, null, null, null, null, null, null, null,
                    b.coursesInYear(), b.wheelUsedCourses(), b.greenTransitionCourses(), b.greenTransitionCoursesWithWheel(),
                    Decimals.oneDecimal(b.greenTransitionWheelShare()), activity(b.selfHelpActivity()));
        }
        throw new IllegalStateException("no response shape for " + breakdown.getClass().getSimpleName());
    }

    private static List<CountEntry> counts(List<KeyedCount> counts) {
        return counts.stream().map(c -> new CountEntry(c.key(), c.name(), c.count())).toList();
    }

    private static MunicipalitySpreadEntry municipality(MunicipalityVerdict verdict) {
        MunicipalityShare m = verdict.share();
        return new MunicipalitySpreadEntry(m.code(), m.name(), m.group().name(), m.companies(), m.courses(),
                Decimals.oneDecimal(m.keyShare()), Decimals.oneDecimal(m.actualShare()),
                Decimals.oneDecimal(verdict.thresholdShare()), verdict.meets());
    }

    private static List<GroupEntry> groups(List<GroupShare> groups) {
        return groups.stream()
                .map(g -> new GroupEntry(g.group(), g.municipalities(), g.municipalitiesMeeting(), g.companies(), g.courses(),
                        Decimals.oneDecimal(g.keyShare()), Decimals.oneDecimal(g.actualShare())))
                .toList();
    }

    private static ActivityEntry activity(ActivityProgress a) {
        return new ActivityEntry(a.id(), a.title(), a.status().name(), a.changedOn(), a.note());
    }
}
