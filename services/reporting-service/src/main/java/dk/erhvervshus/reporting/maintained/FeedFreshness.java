package dk.erhvervshus.reporting.maintained;

import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.Fraction;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GuidedCourse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The freshness of each feed beside a house-year's goals, from the facts the goals were computed
 * from and the newest recorded time per feed. Parked events are counted when the answer is read
 * (they change without any fact changing), so they are zero here.
 */
public final class FeedFreshness {

    private FeedFreshness() {
    }

    public static Map<Feed, FeedStatus> of(GoalFacts facts, Map<Feed, Instant> newest) {
        Map<Feed, FeedStatus> feeds = new EnumMap<>(Feed.class);
        var survey = facts.survey();
        feeds.put(Feed.GUIDANCE, status(newest, Feed.GUIDANCE, facts.coursesStartedInYear().size(), null));
        feeds.put(Feed.USER_EVALUATION, status(newest, Feed.USER_EVALUATION, survey.responsesOfYear().size(),
                responseRate(facts)));
        feeds.put(Feed.AWARENESS, status(newest, Feed.AWARENESS, survey.awarenessSurveysOfYear().size(), null));
        feeds.put(Feed.REFERRALS, status(newest, Feed.REFERRALS, survey.referralsOfYear().size(), null));
        feeds.put(Feed.REGISTER_FIGURES, status(newest, Feed.REGISTER_FIGURES,
                survey.figuresByYear().values().stream().mapToLong(Map::size).sum(), null));
        feeds.put(Feed.COHORTS, status(newest, Feed.COHORTS, survey.cohorts().size(), null));
        return feeds;
    }

    /** Responses of the year per distinct company guided in the year and enrolled in the evaluation, in percent. */
    static BigDecimal responseRate(GoalFacts facts) {
        long enrolled = facts.coursesStartedInYear().stream().filter(GuidedCourse::enrolledInEvaluation)
                .map(GuidedCourse::cvr).collect(Collectors.toSet()).size();
        if (enrolled == 0) {
            return null;
        }
        return Fraction.percent(facts.survey().responsesOfYear().size(), enrolled).toBigDecimal(1, RoundingMode.HALF_UP);
    }

    private static FeedStatus status(Map<Feed, Instant> newest, Feed feed, long facts, BigDecimal rate) {
        return new FeedStatus(newest.get(feed), facts, 0, rate);
    }
}
