package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.AnswerShareBreakdown;
import dk.erhvervshus.reporting.goals.AwarenessBreakdown;
import dk.erhvervshus.reporting.goals.CohortGrowthBreakdown;
import dk.erhvervshus.reporting.goals.CourseBreakdown;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.goals.MunicipalityActivity;
import dk.erhvervshus.reporting.goals.MunicipalitySpread;
import dk.erhvervshus.reporting.goals.NewCompanyBreakdown;
import dk.erhvervshus.reporting.goals.NpsBreakdown;
import dk.erhvervshus.reporting.goals.ReferralUptakeBreakdown;
import dk.erhvervshus.reporting.goals.SpreadBreakdown;
import dk.erhvervshus.reporting.goals.WheelBreakdown;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns exact goal results into the API's records, which round their values with {@link Decimals}. */
final class GoalResponses {

    private GoalResponses() {
    }

    static GoalsResponse list(HouseYear request, Instant computedAt, GoalSnapshot snapshot) {
        return new GoalsResponse(request.house().id(), request.period().year(), request.period().asOf(), snapshot.knownAt(),
                computedAt, snapshot.dataAsOf(), snapshot.freshness(), snapshot.goals().stream().map(g -> summary(g.result())).toList());
    }

    static GoalSummary summary(GoalResult r) {
        return new GoalSummary(r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed(), feeds(r));
    }

    /** The freshness keys of the feeds the goal reads, in the answer's order of feeds. */
    private static List<String> feeds(GoalResult r) {
        return Feed.readBy(r.goal().metric()).stream().map(Feed::key).toList();
    }

    static GoalDetailResponse detail(HouseYear request, Instant computedAt, GoalSnapshot snapshot, JudgedGoal judged) {
        GoalResult r = judged.result();
        return new GoalDetailResponse(request.house().id(), request.period().year(), request.period().asOf(),
                snapshot.knownAt(), computedAt, snapshot.dataAsOf(), snapshot.freshness(),
                r.goal().id(), r.goal().contractGoal(), r.goal().title(), r.goal().description(), r.goal().unit().name(),
                r.goal().comparison().name(), Decimals.oneDecimal(r.goal().target()), Decimals.oneDecimal(r.actual()),
                r.numerator(), r.denominator(), Decimals.oneDecimal(r.fulfilmentPercent()), r.status().name(),
                r.goal().feed(), r.awaitingFeed(), feeds(r),
                r.criteria().stream().map(c -> new CriterionEntry(c.name(), c.satisfied())).toList(),
                judged.breakdown(),
                r.activities().stream().map(ActivityEntry::of).toList());
    }

    static MunicipalitiesResponse municipalities(HouseYear request, Instant computedAt, MunicipalitySpread spread,
                                                 MunicipalityActivity activity) {
        return new MunicipalitiesResponse(request.house().id(), request.period().year(), request.period().asOf(),
                request.knownAt() == null ? computedAt : request.knownAt(), computedAt,
                spread.guidedCompanies(), spread.companiesOutsideMunicipalities(),
                spread.municipalities().stream()
                        .map(m -> {
                            MunicipalityActivity.Local local = activity.in(m.code());
                            return new MunicipalityEntry(m.code(), m.name(), m.group().name(), m.companies(), m.courses(),
                                    Decimals.oneDecimal(m.keyShare()), Decimals.oneDecimal(m.actualShare()),
                                    CountEntry.ofAll(local.coursesByCategory()), CountEntry.ofAll(local.coursesByTheme()),
                                    ReferralOutcomesEntry.of(local.referralsIn()),
                                    ReferralOutcomesEntry.of(local.referralsOut()));
                        })
                        .toList(),
                ReferralOutcomesEntry.of(activity.unplacedReferralsIn()),
                ReferralOutcomesEntry.of(activity.unplacedReferralsOut()));
    }

    /**
     * Each breakdown kind's own record. Java 17 has no switch over a sealed type, so the kinds are
     * tried in turn; a kind added to {@link GoalBreakdown} without a view fails its test
     * (BreakdownJsonTest walks the permitted subclasses).
     */
    static BreakdownView breakdowns(GoalBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        if (breakdown instanceof CourseBreakdown b) {
            return CourseBreakdownView.of(b);
        }
        if (breakdown instanceof SpreadBreakdown b) {
            return SpreadBreakdownView.of(b);
        }
        if (breakdown instanceof NewCompanyBreakdown b) {
            return NewCompanyBreakdownView.of(b);
        }
        if (breakdown instanceof WheelBreakdown b) {
            return WheelBreakdownView.of(b);
        }
        if (breakdown instanceof AwarenessBreakdown b) {
            return AwarenessBreakdownView.of(b);
        }
        if (breakdown instanceof AnswerShareBreakdown b) {
            return AnswerShareBreakdownView.of(b);
        }
        if (breakdown instanceof NpsBreakdown b) {
            return NpsBreakdownView.of(b);
        }
        if (breakdown instanceof ReferralUptakeBreakdown b) {
            return ReferralUptakeBreakdownView.of(b);
        }
        if (breakdown instanceof CohortGrowthBreakdown b) {
            return CohortGrowthBreakdownView.of(b);
        }
        throw new IllegalStateException("no response shape for " + breakdown.getClass().getSimpleName());
    }
}
