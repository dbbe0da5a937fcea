package dk.erhvervshus.reporting.maintained;

import dk.erhvervshus.reporting.goals.Feed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a house-year's maintained goals: two indexed reads, no fact table touched. */
@ApplicationScoped
public class MaintainedGoals {

    private static final TypeReference<Map<Feed, FeedStatus>> FEEDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public MaintainedGoals(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param lastFactDate the latest business date of the facts: the goals answer every asOf on or after it
     * @param derivedSeq   the mark they were derived from
     */
    public record Snapshot(LocalDate lastFactDate, long derivedSeq, Map<Feed, FeedStatus> feeds,
                           Map<String, StoredGoal> goals) {

        /** Whether the maintained goals are the answer for this asOf (a date before the latest fact needs the facts). */
        public boolean answers(LocalDate asOf) {
            return lastFactDate == null || !asOf.isBefore(lastFactDate);
        }
    }

    /** The house-year's maintained goals, empty before their first derivation. */
    public Uni<Optional<Snapshot>> find(String house, int year) {
        return Panache.withSession(() -> MaintainedHouseYearView.of(house, year)
                .chain(houseYear -> houseYear == null
                        ? Uni.createFrom().item(Optional.<Snapshot>empty())
                        : MaintainedGoalView.of(house, year).map(rows -> {
                            Map<String, StoredGoal> goals = new LinkedHashMap<>();
                            rows.forEach(r -> goals.put(r.goalId(), GoalMaintainer.StoredGoals.of(r.goalId(),
                                    r.actualNumerator(), r.actualDenominator(), r.numerator(), r.denominator(),
                                    r.accrual(), r.criteria(), r.breakdown(), r.activities(), json)));
                            return Optional.of(new Snapshot(houseYear.lastFactDate(), houseYear.derivedSeq(),
                                    feeds(houseYear.feeds()), goals));
                        })));
    }

    private Map<Feed, FeedStatus> feeds(String text) {
        try {
            return new EnumMap<>(json.readValue(text, FEEDS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maintained feed freshness cannot be read", e);
        }
    }
}
