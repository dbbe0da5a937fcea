package dk.erhvervshus.reference;

import java.util.List;
import java.util.Optional;

/** The goals of one house's contract for one year, in contract order. */
public record GoalCatalogue(String house, int year, int catalogueVersion, String source, List<GoalDefinition> goals) {

    public GoalCatalogue {
        goals = List.copyOf(goals);
    }

    public Optional<GoalDefinition> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /** The activity with this id, whichever goal it belongs to. */
    public Optional<ActivityDefinition> activity(String activityId) {
        return goals.stream()
                .flatMap(g -> g.activities().stream())
                .filter(a -> a.id().equals(activityId))
                .findFirst();
    }
}
