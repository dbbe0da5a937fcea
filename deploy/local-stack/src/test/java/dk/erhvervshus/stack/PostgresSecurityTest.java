package dk.erhvervshus.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A private cluster as every test and the local run get it: who may log in where, over TCP as the services do. */
class PostgresSecurityTest {

    private static Secrets secrets;
    private static PostgresServer postgres;

    @BeforeAll
    static void startACluster() throws Exception {
        secrets = Secrets.temporary();
        postgres = PostgresServer.start(Files.createTempDirectory(Path.of("/tmp"), "pg-security-"), Ports.free(),
                Lifecycle.EPHEMERAL, null, secrets);
        postgres.createServiceDatabase("guidance", "guidance", secrets.password("postgres-guidance"));
        postgres.createServiceDatabase("reporting", "reporting", secrets.password("postgres-reporting"));
    }

    @AfterAll
    static void stopTheCluster() {
        if (postgres != null) {
            postgres.close();
        }
        if (secrets != null) {
            secrets.close();
        }
    }

    @Test
    void a_service_role_owns_its_database_and_the_tables_it_creates() throws Exception {
        try (Connection guidance = connect("guidance", "guidance", secrets.password("postgres-guidance"));
             Statement sql = guidance.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS courses (id text primary key)");
            assertThat(single(sql, "SELECT tableowner FROM pg_tables WHERE tablename = 'courses'")).isEqualTo("guidance");
            assertThat(single(sql, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'guidance'"))
                    .isEqualTo("guidance");
            assertThat(single(sql, "SELECT concat_ws(',', rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls)"
                    + " FROM pg_roles WHERE rolname = 'guidance'")).isEqualTo("f,f,f,f,f");
        }
    }

    @Test
    void a_service_role_cannot_connect_to_another_services_database_nor_to_postgres() {
        String password = secrets.password("postgres-reporting");
        for (String database : List.of("guidance", "postgres")) {
            assertThatThrownBy(() -> connect(database, "reporting", password).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for database \"" + database + "\"");
        }
    }

    @Test
    void a_tcp_login_needs_the_right_password() {
        assertThatThrownBy(() -> connect("guidance", "guidance", null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect("guidance", "guidance", "not-the-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed for user \"guidance\"");
    }

    @Test
    void the_superuser_over_tcp_needs_its_password_too() throws Exception {
        assertThatThrownBy(() -> connect("postgres", PostgresServer.SUPERUSER, "postgres").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection admin = connect("postgres", PostgresServer.SUPERUSER, postgres.superuserPassword());
             Statement sql = admin.createStatement()) {
            assertThat(single(sql, "SELECT current_user")).isEqualTo(PostgresServer.SUPERUSER);
        }
    }

    @Test
    void creating_the_service_database_again_makes_the_new_password_the_only_one() throws Exception {
        postgres.createServiceDatabase("survey", "survey", "first-password");
        postgres.createServiceDatabase("survey", "survey", "second-password");

        assertThatThrownBy(() -> connect("survey", "survey", "first-password").close()).isInstanceOf(SQLException.class);
        try (Connection survey = connect("survey", "survey", "second-password"); Statement sql = survey.createStatement()) {
            assertThat(single(sql, "SELECT current_database()")).isEqualTo("survey");
        }
        assertThat(postgres.psql("postgres", "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'survey'"))
                .isEqualTo("t");
    }

    @Test
    void the_cluster_trusts_only_its_socket_and_asks_every_tcp_client_for_a_password() throws Exception {
        assertThat(Files.readString(postgres.dataDir().resolve("pg_hba.conf"))).isEqualTo(PostgresServer.PG_HBA_CONF);
        assertThat(postgres.psql("postgres", "SELECT string_agg(concat_ws(' ', type, address, auth_method), '; ' ORDER BY line_number)"
                + " FROM pg_hba_file_rules")).isEqualTo("local trust; host 127.0.0.1 scram-sha-256");
        assertThat(postgres.psql("postgres", "SHOW password_encryption")).isEqualTo("scram-sha-256");
    }

    @Test
    void every_listener_of_the_postmaster_is_on_127_0_0_1() {
        List<Listeners.Listener> listeners = Listeners.of(postgres.pid());

        assertThat(listeners).extracting(Listeners.Listener::port).containsExactly(postgres.port());
        assertThat(listeners).allSatisfy(l -> assertThat(l.address().getHostAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void no_password_appears_on_the_postmaster_command_line_or_in_its_log() throws Exception {
        String commandLine = ProcessControl.commandLine(ProcessHandle.of(postgres.pid()).orElseThrow());
        String log = Files.readString(postgres.dataDir().resolve("postgres.log"));
        for (String secret : List.of(PostgresServer.SUPERUSER_SECRET, "postgres-guidance", "postgres-reporting")) {
            assertThat(commandLine).doesNotContain(secrets.password(secret));
            assertThat(log).doesNotContain(secrets.password(secret));
        }
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.put("user", user);
        if (password != null) {
            properties.put("password", password);
        }
        properties.put("connectTimeout", "10");
        return DriverManager.getConnection(postgres.jdbcUrl(database), properties);
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
