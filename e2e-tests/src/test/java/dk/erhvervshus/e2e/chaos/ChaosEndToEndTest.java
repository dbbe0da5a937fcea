package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short chaos run (3 rounds, 3,000 events, a short broker and PostgreSQL outage; sizes from
 * {@link ChaosSettings}, which {@code bench/chaos} raises to the full run): every acknowledged write
 * is in the event stores, on the topics (once, in order), in the read models and in every goal of
 * every year, and a reporting-service rebuilt from the topics has the same goals and the same rows.
 * The table is printed and written to {@code target/chaos.txt}.
 */
class ChaosEndToEndTest {

    @Test
    void sigkills_of_every_process_under_load_lose_nothing_and_count_nothing_twice() throws IOException {
        ChaosSettings settings = ChaosSettings.fromSystemProperties();
        ChaosReport report;
        try (RunningSystem system = RunningSystem.start()) {
            report = new ChaosRun(system, settings, System.out).run();
        }
        String table = report.table();
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "chaos.txt"), table, StandardCharsets.UTF_8);

        assertThat(report.lost()).as("lost events").isZero();
        assertThat(report.doubleCounted()).as("double-counted events").isZero();
        assertThat(report.goals().mismatching()).as("goals differing from the ground truth").isZero();
        assertThat(report.rebuildGoals().mismatching()).as("goals differing from the rebuild").isZero();
        assertThat(report.tables().mismatchingRows()).as("table rows differing from the rebuild").isZero();
        assertThat(report.problems()).as("everything else the run found").isEmpty();
        assertThat(report.goals().goals()).as("goals compared with the ground truth").isPositive();
        assertThat(report.load().acknowledgedEvents()).as("acknowledged events").isGreaterThanOrEqualTo(settings.events() * 9L / 10);
    }
}
