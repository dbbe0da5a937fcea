package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.goals.CohortGrowthDifferenceCalculator;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.GoalResult;
import dk.erhvervshus.reporting.view.RecordedEventsQuery.RecordedEvent;
import dk.erhvervshus.reporting.view.RecordedEventsQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The restatement diff: the goals as of asOf computed twice from the facts, as known at {@code from}
 * and at {@code to}; every goal whose value (actual, numerator, denominator) or status differs is
 * listed with the events recorded in between that made a fact of a feed it reads, for the house and
 * year ({@link Feed#readBy}). This is how a house explains a changed figure to KKR.
 */
@ApplicationScoped
class Restatements {

    private final GoalSnapshots snapshots;
    private final RecordedEventsQuery events;
    private final Clock clock;

    Restatements(GoalSnapshots snapshots, RecordedEventsQuery events, Clock clock) {
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    Uni<RestatementsResponse> between(HouseYear request, Instant from, Instant to) {
        HouseYear before = new HouseYear(request.house(), request.catalogue(), request.period(), from);
        HouseYear after = new HouseYear(request.house(), request.catalogue(), request.period(), to);
        Integer[] cohortYears = CohortGrowthDifferenceCalculator.cohortYears(request.catalogue().goals(),
                request.period().year()).toArray(new Integer[0]);
        return snapshots.of(before, null).chain(old -> snapshots.of(after, null).chain(now -> events
                .between(request.house().id(), request.period().year(), cohortYears, from, to)
                .map(recorded -> new RestatementsResponse(request.house().id(), request.period().year(),
                        request.period().asOf(), from, to, clock.instant(), restated(request, old, now, recorded)))));
    }

    private static List<RestatementsResponse.RestatedGoal> restated(HouseYear request, GoalSnapshot old, GoalSnapshot now,
                                                                    List<RecordedEvent> recorded) {
        List<RestatementsResponse.RestatedGoal> goals = new ArrayList<>();
        for (GoalDefinition goal : request.catalogue().goals()) {
            GoalResult was = old.goal(goal.id()).result();
            GoalResult is = now.goal(goal.id()).result();
            if (sameFigures(was, is)) {
                continue;
            }
            Set<Feed> feeds = Feed.readBy(goal.metric());
            List<RestatementsResponse.CausingEvent> causes = recorded.stream()
                    .filter(e -> feeds.contains(Feed.ofEventType(e.eventType())))
                    .map(e -> new RestatementsResponse.CausingEvent(e.eventId() == null ? null : e.eventId().toString(),
                            e.eventType(), e.aggregateId(), e.recordedAt(), e.factId()))
                    .toList();
            goals.add(new RestatementsResponse.RestatedGoal(goal.id(), goal.contractGoal(), goal.title(),
                    GoalResponses.summary(was), GoalResponses.summary(is), causes));
        }
        return goals;
    }

    private static boolean sameFigures(GoalResult a, GoalResult b) {
        return Objects.equals(a.actual(), b.actual()) && Objects.equals(a.numerator(), b.numerator())
                && Objects.equals(a.denominator(), b.denominator()) && a.status() == b.status();
    }
}
