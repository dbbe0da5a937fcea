package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.codes.ActivityStatus;

import java.util.List;
import java.util.Optional;

/**
 * One activity of a house's contract year, rebuilt from its status changes. Reporting the status
 * it already has is a no-op (no event), so a re-sent PUT never moves the "changed on" date.
 */
public final class GoalActivity {

    private long version;
    private ActivityStatus status;

    private GoalActivity() {
    }

    public static GoalActivity rebuild(List<GoalActivityEvent> history) {
        GoalActivity activity = new GoalActivity();
        history.forEach(activity::evolve);
        return activity;
    }

    public List<GoalActivityEvent> decide(ChangeActivityStatus command) {
        if (command.status() == status) {
            return List.of();
        }
        return List.of(new GoalActivityStatusChanged(command.house(), command.year(), command.activityId(),
                command.status(), command.note(), command.changedOn()));
    }

    public void evolve(GoalActivityEvent event) {
        // The family has no visitor; GoalActivityTest walks its permitted subclasses so that a new
        // event type fails the build until it is handled here.
        if (!(event instanceof GoalActivityStatusChanged changed)) {
            throw new IllegalArgumentException("unhandled goal activity event " + event.getClass().getName());
        }
        status = changed.status();
        version++;
    }

    public long version() {
        return version;
    }

    public Optional<ActivityStatus> status() {
        return Optional.ofNullable(status);
    }
}
