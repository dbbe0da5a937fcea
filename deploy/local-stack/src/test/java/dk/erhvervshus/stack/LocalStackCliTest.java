package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackCliTest {

    @TempDir
    Path stateDir;

    @Test
    void a_state_dir_from_before_the_stack_was_secured_is_refused_with_the_way_out() throws Exception {
        // What an older start left: a cluster and a broker, but no secrets.
        Files.createDirectories(stateDir.resolve("postgres"));
        Files.writeString(stateDir.resolve("postgres/PG_VERSION"), "15\n");
        Files.createDirectories(stateDir.resolve("kafka/kraft"));
        Files.writeString(stateDir.resolve("kafka/kraft/meta.properties"), "version=1\n");
        LocalStackCli cli = new LocalStackCli(stateDir, Map.of());

        // The check start() makes before it starts or generates anything (called alone here, so
        // that a regression cannot start a stack on the local run's fixed ports).
        assertThatThrownBy(cli::refuseStateFromBeforeSecurity)
                .hasMessageContaining("before the local stack was secured")
                .hasMessageContaining("deploy/local/start --fresh");
        assertThat(stateDir.resolve(LocalStackCli.SECRETS_DIR)).doesNotExist();
    }

    @Test
    void a_secured_state_dir_and_an_empty_one_are_accepted() throws Exception {
        new LocalStackCli(stateDir, Map.of()).refuseStateFromBeforeSecurity();

        Files.createDirectories(stateDir.resolve("postgres"));
        Files.writeString(stateDir.resolve("postgres/PG_VERSION"), "15\n");
        Secrets.in(stateDir.resolve(LocalStackCli.SECRETS_DIR));
        new LocalStackCli(stateDir, Map.of()).refuseStateFromBeforeSecurity();
    }
}
