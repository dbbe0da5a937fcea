package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.reference.ActivityDefinition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of each activity as of a date, from its reported history. The report with the latest
 * {@code changedOn} on or before the date wins; two reports for the same day are ordered by their
 * version, so the later report of that day wins. When the reports were loaded does not matter.
 */
public final class ActivityStatuses {

    private static final Comparator<ActivityStatusChange> BUSINESS_ORDER =
            Comparator.comparing(ActivityStatusChange::changedOn).thenComparingLong(ActivityStatusChange::version);

    private final Map<String, ActivityStatusChange> latest;

    private ActivityStatuses(Map<String, ActivityStatusChange> latest) {
        this.latest = latest;
    }

    public static ActivityStatuses asOf(Collection<ActivityStatusChange> history, LocalDate asOf) {
        Map<String, ActivityStatusChange> latest = new HashMap<>();
        for (ActivityStatusChange change : history) {
            if (change.changedOn().isAfter(asOf)) {
                continue;
            }
            latest.merge(change.activityId(), change, (a, b) -> BUSINESS_ORDER.compare(a, b) >= 0 ? a : b);
        }
        return new ActivityStatuses(latest);
    }

    /** The latest business date of a report that counts, if any. */
    public Optional<LocalDate> latestChange() {
        return latest.values().stream().map(ActivityStatusChange::changedOn).max(Comparator.naturalOrder());
    }

    public ActivityProgress progressOf(ActivityDefinition activity) {
        ActivityStatusChange change = latest.get(activity.id());
        if (change == null) {
            return new ActivityProgress(activity.id(), activity.title(), ActivityStatus.PLANNED, null, null);
        }
        return new ActivityProgress(activity.id(), activity.title(), change.status(), change.changedOn(), change.note());
    }

    public List<ActivityProgress> progressOf(List<ActivityDefinition> activities) {
        return activities.stream().map(this::progressOf).toList();
    }
}
