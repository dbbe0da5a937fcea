package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.maintained.FeedFreshness;
import dk.erhvervshus.reporting.maintained.FeedStatus;
import dk.erhvervshus.reporting.maintained.GoalRendering;
import dk.erhvervshus.reporting.maintained.MaintainedGoals;
import dk.erhvervshus.reporting.maintained.StoredGoal;
import dk.erhvervshus.reporting.view.DataAsOfQuery;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.reporting.view.KnownAt;
import dk.erhvervshus.reporting.view.NewestRecordedQuery;
import dk.erhvervshus.reporting.view.ParkedPerFeedQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides where a goals answer comes from. With everything known (no
 * {@code knownAt}) and an asOf on or after the latest business date of the facts, it is the
 * maintained goals, judged as of asOf; otherwise (an earlier asOf, a knownAt in the past, or a
 * house-year not derived yet) it is computed from the facts as known then, by the same calculators
 * the maintained goals come from, within the bound of {@link ReadBulkhead}. An earlier asOf with
 * everything known reads the facts the maintainer holds in memory, brought up to date from what
 * changed since ({@code LatestFacts}); a knownAt in the past reads the version tables.
 */
@ApplicationScoped
class GoalSnapshots {

    private final MaintainedGoals maintained;
    private final GoalFactsQuery facts;
    private final NewestRecordedQuery newest;
    private final ParkedPerFeedQuery parked;
    private final DataAsOfQuery dataAsOf;
    private final ReadBulkhead reads;
    private final GoalEvaluator evaluator;
    private final GoalRendering rendering;
    private final Clock clock;

    GoalSnapshots(MaintainedGoals maintained, GoalFactsQuery facts, NewestRecordedQuery newest, ParkedPerFeedQuery parked,
                  DataAsOfQuery dataAsOf, ReadBulkhead reads, GoalEvaluator evaluator, GoalRendering rendering,
                  Clock clock) {
        this.reads = reads;
        this.dataAsOf = dataAsOf;
        this.maintained = maintained;
        this.facts = facts;
        this.newest = newest;
        this.parked = parked;
        this.evaluator = evaluator;
        this.rendering = rendering;
        this.clock = clock;
    }

    /**
     * @param derivedFrom the mark the maintained goals must be derived from, or a newer one: the caller
     *                    waited for a write to be derived ({@code Consistency-Token}); null for none
     */
    Uni<GoalSnapshot> of(HouseYear request, Long derivedFrom) {
        String house = request.house().id();
        int year = request.period().year();
        Uni<GoalSnapshot> goals = request.knownAt() == null
                ? (derivedFrom == null ? maintained.find(house, year) : maintained.findDerivedFrom(house, year, derivedFrom))
                .chain(found -> found.filter(m -> m.answers(request.period().asOf()) && holdsEveryGoal(m, request))
                        .map(m -> Uni.createFrom().item(fromMaintained(request, m)))
                        .orElseGet(() -> computed(request)))
                : computed(request);
        return goals.chain(snapshot -> parked.of(house).map(counts -> withParked(snapshot, counts)));
    }

    private GoalSnapshot fromMaintained(HouseYear request, MaintainedGoals.Snapshot snapshot) {
        List<JudgedGoal> goals = new ArrayList<>();
        for (GoalDefinition goal : request.catalogue().goals()) {
            StoredGoal stored = snapshot.goals().get(goal.id());
            goals.add(new JudgedGoal(evaluator.judge(goal, stored.measurement(), request.period()), stored.breakdown()));
        }
        return new GoalSnapshot(goals, keyed(snapshot.feeds()), snapshot.dataAsOf(), clock.instant(), true);
    }

    /** A goal added to the catalogue after the last derivation is computed until the next one stores it. */
    private static boolean holdsEveryGoal(MaintainedGoals.Snapshot snapshot, HouseYear request) {
        return request.catalogue().goals().stream().allMatch(g -> snapshot.goals().containsKey(g.id()));
    }

    private Uni<GoalSnapshot> computed(HouseYear request) {
        Instant knownAt = request.knownAt() == null ? KnownAt.LATEST : request.knownAt();
        return reads.read(() -> dataAsOf.perTopic().chain(topics -> facts.factsFor(request.house(), request.catalogue(), request.period(), knownAt)
                .chain(f -> newest.newest(request.house().id(), knownAt).map(times -> {
                    List<JudgedGoal> goals = new ArrayList<>();
                    for (GoalDefinition goal : request.catalogue().goals()) {
                        GoalResult result = evaluator.evaluate(goal, f);
                        goals.add(new JudgedGoal(result, rendering.breakdown(result.breakdown())));
                    }
                    return new GoalSnapshot(goals, keyed(FeedFreshness.of(f, times)), topics,
                            request.knownAt() == null ? clock.instant() : request.knownAt(), false);
                }))));
    }

    private static GoalSnapshot withParked(GoalSnapshot snapshot, Map<Feed, Long> counts) {
        Map<String, FeedStatus> freshness = new LinkedHashMap<>();
        for (Feed feed : Feed.values()) {
            FeedStatus status = snapshot.freshness().get(feed.key());
            if (status != null) {
                freshness.put(feed.key(), status.withParked(counts.getOrDefault(feed, 0L)));
            }
        }
        return new GoalSnapshot(snapshot.goals(), freshness, snapshot.dataAsOf(), snapshot.knownAt(), snapshot.maintained());
    }

    private static Map<String, FeedStatus> keyed(Map<Feed, FeedStatus> feeds) {
        Map<String, FeedStatus> keyed = new LinkedHashMap<>();
        feeds.forEach((feed, status) -> keyed.put(feed.key(), status));
        return keyed;
    }
}
