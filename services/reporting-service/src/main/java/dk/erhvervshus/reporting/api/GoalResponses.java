package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.ActivityProgress;
import dk.erhvervshus.reporting.goals.AnswerShareBreakdown;
import dk.erhvervshus.reporting.goals.AwarenessBreakdown;
import dk.erhvervshus.reporting.goals.CohortGrowthBreakdown;
import dk.erhvervshus.reporting.goals.CourseBreakdown;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.GroupShare;
import dk.erhvervshus.reporting.goals.KeyedCount;
import dk.erhvervshus.reporting.goals.MunicipalityShare;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.goals.MunicipalityVerdict;
import dk.erhvervshus.reporting.goals.NewCompanyBreakdown;
import dk.erhvervshus.reporting.goals.NpsBreakdown;
import dk.erhvervshus.reporting.goals.ReferralOutcomes;
import dk.erhvervshus.reporting.goals.ReferralUptakeBreakdown;
import dk.erhvervshus.reporting.goals.ResponsesWithoutGuidance;
import dk.erhvervshus.reporting.goals.SegmentShare;
import dk.erhvervshus.reporting.goals.SpreadBreakdown;
import dk.erhvervshus.reporting.goals.WheelBreakdown;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns exact goal results into the API's records; the only place values get rounded. */
public final class GoalResponses {

    private GoalResponses() {
    }

    static GoalsResponse list(HouseYear request, Instant computedAt, Map<String, Instant> dataAsOf, GoalSnapshot snapshot) {
        return new GoalsResponse(request.house().id(), request.period().year(), request.period().asOf(), snapshot.knownAt(),
                computedAt, dataAsOf, snapshot.freshness(), snapshot.goals().stream().map(g -> summary(g.result())).toList());
    }

    public static GoalSummary summary(GoalResult r) {
        return new GoalSummary(r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed());
    }

    static GoalDetailResponse detail(HouseYear request, Instant computedAt, Map<String, Instant> dataAsOf,
                                     GoalSnapshot snapshot, JudgedGoal judged) {
        GoalResult r = judged.result();
        return new GoalDetailResponse(request.house().id(), request.period().year(), request.period().asOf(),
                snapshot.knownAt(), computedAt, dataAsOf, snapshot.freshness(),
                r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().description(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed(),
                r.criteria().stream().map(c -> new CriterionEntry(c.name(), c.satisfied())).toList(),
                judged.breakdown(),
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

    public static Breakdowns breakdowns(GoalBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        if (breakdown instanceof CourseBreakdown b) {
            return Breakdowns.builder()
                    .byMunicipality(counts(b.byMunicipality())).byCategory(counts(b.byCategory()))
                    .byTheme(counts(b.byTheme())).byMonth(counts(b.byMonth()))
                    .build();
        }
        if (breakdown instanceof SpreadBreakdown b) {
            return Breakdowns.builder()
                    .guidedCompanies(b.guidedCompanies()).companiesOutsideMunicipalities(b.companiesOutsideMunicipalities())
                    .municipalities(b.municipalities().stream().map(GoalResponses::municipality).toList())
                    .municipalityGroups(groups(b.municipalityGroups())).ruralUrban(groups(b.ruralUrban()))
                    .build();
        }
        if (breakdown instanceof NewCompanyBreakdown b) {
            return Breakdowns.builder()
                    .guidedCompanies(b.guidedCompanies()).evaluatedCompanies(b.evaluatedCompanies())
                    .newCompanies(b.newCompanies()).returningCompanies(b.returningCompanies())
                    .build();
        }
        if (breakdown instanceof WheelBreakdown b) {
            return Breakdowns.builder()
                    .coursesInYear(b.coursesInYear()).wheelUsedCourses(b.wheelUsedCourses())
                    .greenTransitionCourses(b.greenTransitionCourses())
                    .greenTransitionCoursesWithWheel(b.greenTransitionCoursesWithWheel())
                    .greenTransitionWheelShare(Decimals.oneDecimal(b.greenTransitionWheelShare()))
                    .selfHelpActivity(activity(b.selfHelpActivity()))
                    .build();
        }
        if (breakdown instanceof AwarenessBreakdown b) {
            return Breakdowns.builder()
                    .surveyId(b.surveyId()).conductedOn(b.conductedOn()).respondents(b.respondents())
                    .awareOfHouse(b.awareOfHouse()).awareOfGreenServices(b.awareOfGreenServices())
                    .surveysInYear(b.surveysInYear())
                    .build();
        }
        if (breakdown instanceof AnswerShareBreakdown b) {
            return Breakdowns.builder()
                    .segment(name(b.segment())).dontKnowCountsInDenominator(b.dontKnowCountsInDenominator())
                    .responses(b.responses()).byAnswer(counts(b.byAnswer()))
                    .bySegment(b.bySegment().isEmpty() ? null : b.bySegment().stream().map(GoalResponses::segmentShare).toList())
                    .responsesWithoutGuidance(withoutGuidance(b.responsesWithoutGuidance()))
                    .build();
        }
        if (breakdown instanceof NpsBreakdown b) {
            return Breakdowns.builder()
                    .segment(name(b.segment())).responses(b.responses())
                    .promoters(b.promoters()).passives(b.passives()).detractors(b.detractors())
                    .missingScores(b.missingScores())
                    .responsesWithoutGuidance(withoutGuidance(b.responsesWithoutGuidance()))
                    .build();
        }
        if (breakdown instanceof ReferralUptakeBreakdown b) {
            ReferralOutcomes r = b.outboundReferrals();
            return Breakdowns.builder()
                    .dontKnowCountsInDenominator(b.dontKnowCountsInDenominator())
                    .responses(b.responses()).byAnswer(counts(b.byAnswer()))
                    .outboundReferrals(new ReferralOutcomesEntry(r.referrals(), r.used(), r.notUsed(), r.unreported()))
                    .responsesWithoutGuidance(withoutGuidance(b.responsesWithoutGuidance()))
                    .build();
        }
        if (breakdown instanceof CohortGrowthBreakdown b) {
            return Breakdowns.builder()
                    .segment(name(b.segment())).measure(b.measure().name()).cohortIds(b.cohortIds())
                    .baseYear(b.baseYear()).endYear(b.endYear())
                    .treatedUsed(b.treated().used()).treatedLeftOut(b.treated().leftOut())
                    .controlUsed(b.control().used()).controlLeftOut(b.control().leftOut())
                    .treatedGrowthPercent(Decimals.oneDecimal(b.treated().growthPercent()))
                    .controlGrowthPercent(Decimals.oneDecimal(b.control().growthPercent()))
                    .build();
        }
        throw new IllegalStateException("no response shape for " + breakdown.getClass().getSimpleName());
    }

    private static SegmentShareEntry segmentShare(SegmentShare s) {
        return new SegmentShareEntry(s.segment().name(), s.numerator(), s.denominator(), Decimals.oneDecimal(s.share()));
    }

    private static ResponsesWithoutGuidanceEntry withoutGuidance(ResponsesWithoutGuidance w) {
        return new ResponsesWithoutGuidanceEntry(w.count(), w.responses().stream()
                .map(r -> new ResponsesWithoutGuidanceEntry.ResponseEntry(r.responseId(), r.cvr()))
                .toList());
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
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
