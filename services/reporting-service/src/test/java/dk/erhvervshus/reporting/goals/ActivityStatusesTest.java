package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.ActivityDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshus.contracts.codes.ActivityStatus.DONE;
import static dk.erhvervshus.contracts.codes.ActivityStatus.IN_PROGRESS;
import static dk.erhvervshus.contracts.codes.ActivityStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityStatusesTest {

    private final ActivityDefinition a1 = new ActivityDefinition("A1", "first");

    @Test
    void the_status_as_of_a_date_is_the_latest_report_on_or_before_it() {
        List<ActivityStatusChange> history = List.of(
                new ActivityStatusChange("A1", LocalDate.of(2023, 2, 1), 1, IN_PROGRESS, "started"),
                new ActivityStatusChange("A1", LocalDate.of(2023, 9, 14), 2, DONE, "adopted"));

        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 1, 31)).progressOf(a1).status()).isEqualTo(PLANNED);
        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 2, 1)).progressOf(a1).status()).isEqualTo(IN_PROGRESS);
        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 9, 13)).progressOf(a1).status()).isEqualTo(IN_PROGRESS);
        ActivityProgress done = ActivityStatuses.asOf(history, LocalDate.of(2023, 9, 14)).progressOf(a1);
        assertThat(done.status()).isEqualTo(DONE);
        assertThat(done.changedOn()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(done.note()).isEqualTo("adopted");
    }

    @Test
    void the_business_date_decides_not_the_order_of_reporting() {
        // Reported later (version 2) but about an earlier day: DONE from 1 March still stands on 1 June.
        List<ActivityStatusChange> history = List.of(
                new ActivityStatusChange("A1", LocalDate.of(2023, 3, 1), 1, DONE, null),
                new ActivityStatusChange("A1", LocalDate.of(2023, 2, 1), 2, IN_PROGRESS, "back-dated"));

        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 2, 15)).progressOf(a1).status()).isEqualTo(IN_PROGRESS);
        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 6, 1)).progressOf(a1).status()).isEqualTo(DONE);
    }

    @Test
    void two_reports_for_the_same_day_the_later_version_wins() {
        List<ActivityStatusChange> history = List.of(
                new ActivityStatusChange("A1", LocalDate.of(2023, 3, 1), 2, IN_PROGRESS, "corrected"),
                new ActivityStatusChange("A1", LocalDate.of(2023, 3, 1), 1, DONE, null));

        assertThat(ActivityStatuses.asOf(history, LocalDate.of(2023, 3, 1)).progressOf(a1).status()).isEqualTo(IN_PROGRESS);
    }

    @Test
    void an_activity_never_reported_is_planned() {
        ActivityProgress progress = ActivityStatuses.asOf(List.of(), LocalDate.of(2023, 12, 31)).progressOf(a1);

        assertThat(progress.status()).isEqualTo(PLANNED);
        assertThat(progress.changedOn()).isNull();
        assertThat(progress.title()).isEqualTo("first");
    }
}
