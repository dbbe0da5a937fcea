package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    @Test
    void a_private_cluster_starts_creates_a_database_and_leaves_nothing_behind() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pg-test-");
        int port = Ports.free();

        try (Secrets secrets = Secrets.temporary();
             PostgresServer server = PostgresServer.start(dir, port, Lifecycle.EPHEMERAL, null, secrets)) {
            assertThat(server.psql("postgres", "select 1")).isEqualTo("1");
            assertThat(server.jdbcUrl("guidance")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/guidance");
            assertThat(server.reactiveUrl("guidance")).isEqualTo("postgresql://127.0.0.1:" + port + "/guidance");

            server.createDatabaseIfMissing("guidance");
            server.createDatabaseIfMissing("guidance");

            assertThat(server.psql("guidance", "select current_database()")).isEqualTo("guidance");
            assertThat(PostgresServer.isRunning(dir)).isTrue();
        }

        assertThat(Ports.isListening(port)).isFalse();
        assertThat(dir).doesNotExist();
    }

    @Test
    void a_restart_on_the_same_data_directory_rewrites_the_client_authentication_rules() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pg-restart-");
        int port = Ports.free();

        try (Secrets secrets = Secrets.temporary()) {
            try (PostgresServer first = PostgresServer.start(dir, port, Lifecycle.ATTACHED, null, secrets)) {
                Files.writeString(dir.resolve("pg_hba.conf"), "host all all 0.0.0.0/0 trust\n");
            }
            try (PostgresServer again = PostgresServer.start(dir, port, Lifecycle.EPHEMERAL, null, secrets)) {
                assertThat(Files.readString(dir.resolve("pg_hba.conf"))).isEqualTo(PostgresServer.PG_HBA_CONF);
                assertThat(again.psql("postgres", "select count(*) from pg_hba_file_rules")).isEqualTo("2");
            }
        }
        assertThat(dir).doesNotExist();
    }
    @Test
    void a_killed_cluster_comes_back_on_the_same_port_with_everything_it_had_committed() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pg-kill-");
        int port = Ports.free();

        try (Secrets secrets = Secrets.temporary();
             PostgresServer server = PostgresServer.start(dir, port, Lifecycle.EPHEMERAL, null, secrets)) {
            server.createDatabaseIfMissing("ledger");
            server.psql("ledger", "create table entries (id int primary key); insert into entries values (1), (2)");
            long postmaster = server.pid();
            List<ProcessHandle> backends = ProcessHandle.of(postmaster).orElseThrow().descendants().toList();
            assertThat(backends).isNotEmpty();

            server.kill();

            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(backends).noneMatch(ProcessHandle::isAlive);
            assertThat(server.isRunning()).isFalse();
            assertThat(Ports.isListening(port)).isFalse();
            assertThat(dir.resolve("PG_VERSION")).exists();

            server.restart();

            assertThat(server.isRunning()).isTrue();
            assertThat(server.pid()).isNotEqualTo(postmaster);
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.psql("ledger", "select count(*) from entries")).isEqualTo("2");
        }
        assertThat(dir).doesNotExist();
    }
}
