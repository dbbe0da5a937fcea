package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server: either a private cluster this class initialises and runs from a data
 * directory, or an existing server named by host and port.
 *
 * <p>A private cluster listens on 127.0.0.1 only and asks every TCP client for its password
 * (SCRAM-SHA-256); only the unix socket, which lives in the 0700 data directory and so is reachable
 * by the cluster's OS user and root alone, is trusted. That socket is how this class itself
 * administers the cluster. Services get a role of their own ({@link #createServiceDatabase}) that
 * owns its database and nothing else; the superuser is for this tooling only.
 */
public final class PostgresServer implements AutoCloseable {

    /** Superuser of the private clusters. */
    public static final String SUPERUSER = "postgres";
    /** Name of the superuser's password in the {@link Secrets} store. */
    public static final String SUPERUSER_SECRET = "postgres-superuser";
    /**
     * Client authentication of a private cluster, written on every start so an edited or older
     * file never survives: the socket (in the 0700 data directory) is trusted, TCP on loopback
     * needs a password, nothing else gets in (no IPv6, no other address).
     */
    static final String PG_HBA_CONF = """
            # Written by dk.erhvervshus.stack.PostgresServer on every start; edits are overwritten.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 trust
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    /** Unix socket paths are limited to 107 bytes; the socket lives in the data directory. */
    private static final int MAX_SOCKET_DIR_LENGTH = 90;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Path dataDir;
    private final Lifecycle lifecycle;
    private final PgBinaries binaries;
    private ExitGuard guard;
    private boolean closed;
    private boolean publicConnectToPostgresRevoked;
    /** Where the postmaster of a private cluster writes; kept for {@link #restart()}. */
    private Path logFile;

    private PostgresServer(String host, int port, String user, String password, Path dataDir,
                           Lifecycle lifecycle, PgBinaries binaries) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
        this.lifecycle = lifecycle;
        this.binaries = binaries;
    }

    /**
     * Starts a private cluster in dataDir on 127.0.0.1:port; runs initdb first when the directory
     * is empty or missing. When a postmaster already runs from dataDir on the same port it is
     * adopted instead of started twice. Either way pg_hba.conf is (re)written and the superuser's
     * password is set to the secret {@value #SUPERUSER_SECRET}.
     *
     * @param logFile server log; null means {@code <dataDir>/postgres.log}
     */
    public static PostgresServer start(Path dataDir, int port, Lifecycle lifecycle, Path logFile, Secrets secrets) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().length() > MAX_SOCKET_DIR_LENGTH) {
            throw new IllegalArgumentException("data directory path too long for a unix socket: " + dir);
        }
        PgBinaries binaries = PgBinaries.locate();
        PostgresServer server = new PostgresServer("127.0.0.1", port, SUPERUSER, secrets.password(SUPERUSER_SECRET),
                dir, lifecycle, binaries);
        Path log = logFile == null ? dir.resolve("postgres.log") : logFile.toAbsolutePath();
        server.logFile = log;
        boolean startedHere = false;
        try {
            server.initIfNeeded();
            server.writeHbaConf();
            Integer runningPort = server.runningPort();
            if (runningPort == null) {
                server.startPostmaster(log);
                startedHere = true;
            } else if (runningPort != port) {
                throw new IllegalStateException("PostgreSQL already runs from " + dir + " on port " + runningPort
                        + ", not " + port);
            } else {
                // An adopted postmaster may still run with an older pg_hba.conf.
                Exec.check(binaries.server("pg_ctl", "reload", "-D", dir.toString()), Map.of(), COMMAND_TIMEOUT);
            }
            server.psql("postgres", "ALTER ROLE " + SUPERUSER + " WITH PASSWORD " + literal(PgScramVerifier.of(server.password)));
        } catch (RuntimeException e) {
            if (startedHere && lifecycle.deletesData()) {
                stopCluster(dir);
            }
            if (lifecycle.deletesData()) {
                Exec.deleteRecursively(dir);
            }
            throw e;
        }
        if (lifecycle.stopsWithJvm()) {
            server.guard = ExitGuard.install("postgres-" + port, server::close, server.killedJvmScript());
        }
        return server;
    }

    /**
     * An existing server (e.g. a shared one named by environment variables); never stopped here.
     *
     * @param user a user allowed to create roles and databases there, with its password
     */
    public static PostgresServer external(String host, int port, String user, String password) {
        return new PostgresServer(host, port, user, password == null ? "" : password, null,
                Lifecycle.DETACHED, PgBinaries.locate());
    }

    /** True when a postmaster runs from this data directory. */
    public static boolean isRunning(Path dataDir) {
        return Files.exists(dataDir.resolve("PG_VERSION"))
                && Exec.run(PgBinaries.locate().server("pg_ctl", "status", "-D", dataDir.toString()),
                Map.of(), COMMAND_TIMEOUT).ok();
    }

    /** Stops the postmaster of a data directory (fast mode) if one runs; true when it did. */
    public static boolean stopCluster(Path dataDir) {
        if (!isRunning(dataDir)) {
            return false;
        }
        Exec.check(PgBinaries.locate().server("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"),
                Map.of(), COMMAND_TIMEOUT);
        return true;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The superuser (private cluster) or admin user (external server): for this tooling, never for a service. */
    public String superuser() {
        return user;
    }

    /** Its password; over TCP a private cluster asks for it like for any other role. */
    public String superuserPassword() {
        return password;
    }

    /** PID of the postmaster of a private cluster (from postmaster.pid), -1 when none runs. */
    public long pid() {
        if (dataDir == null || !isRunning(dataDir)) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * SIGKILL of the postmaster and of every backend and auxiliary process at once, as a crashed
     * host would do it: nothing is flushed, checkpointed or shut down, and open connections break.
     * The data directory is kept (also for an ephemeral cluster); {@link #restart()} brings the
     * cluster back on the same port, recovering from its WAL. Returns once every process is gone.
     * Nothing happens when no postmaster runs. Private clusters only.
     */
    public synchronized void kill() {
        requirePrivateCluster("kill");
        long pid = pid();
        if (pid < 0) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            // The children first into the list: once the postmaster is gone they are re-parented
            // and no longer its descendants.
            List<ProcessHandle> cluster = new ArrayList<>(postmaster.descendants().toList());
            cluster.add(0, postmaster);
            cluster.forEach(ProcessHandle::destroyForcibly);
            cluster.forEach(process -> ProcessControl.awaitExit(process, COMMAND_TIMEOUT));
        });
    }

    /**
     * Starts the postmaster again on the same data directory, port and log after {@link #kill()}
     * (or any other stop short of {@link #close()}); it replays its WAL before it takes connections,
     * so everything committed before the kill is there. Returns once it accepts connections; does
     * nothing when it already runs.
     */
    public synchronized PostgresServer restart() {
        requirePrivateCluster("restart");
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        if (!isRunning(dataDir)) {
            writeHbaConf();
            startPostmaster(logFile);
        }
        return this;
    }

    /** True when the postmaster of this private cluster runs. */
    public boolean isRunning() {
        return dataDir != null && isRunning(dataDir);
    }

    /** Null for an external server. */
    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL form the Quarkus reactive PostgreSQL client expects. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * A service's own database and role, safe to call on every start: the role (created, or
     * altered when it exists, so the secret file stays the truth) may log in with this password
     * and do nothing else cluster-wide ({@code NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION});
     * it owns the database (created when missing), so the tables its migrations create are its
     * own; and nobody else may connect to that database, nor to {@code postgres}.
     */
    public void createServiceDatabase(String database, String role, String password) {
        checkName(database);
        checkName(role);
        String attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                + literal(PgScramVerifier.of(password));
        StringBuilder sql = new StringBuilder()
                .append("DO $$ BEGIN\n")
                .append("  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ").append(literal(role)).append(") THEN\n")
                .append("    ALTER ROLE ").append(identifier(role)).append(" WITH ").append(attributes).append(";\n")
                .append("  ELSE\n")
                .append("    CREATE ROLE ").append(identifier(role)).append(" WITH ").append(attributes).append(";\n")
                .append("  END IF;\n")
                .append("END $$;\n")
                // CREATE DATABASE cannot run inside DO; \gexec runs it only when the query returns it.
                .append("SELECT ").append(literal("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(role)))
                .append(" WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = ").append(literal(database))
                .append(")\\gexec\n")
                .append("ALTER DATABASE ").append(identifier(database)).append(" OWNER TO ").append(identifier(role)).append(";\n")
                .append("REVOKE ALL ON DATABASE ").append(identifier(database)).append(" FROM PUBLIC;\n");
        synchronized (this) {
            if (!publicConnectToPostgresRevoked) {
                sql.append("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;\n");
            }
            psql("postgres", sql.toString());
            publicConnectToPostgresRevoked = true;
        }
    }

    /** Creates the database (owned by the superuser) unless it exists; safe to call on every start. */
    public void createDatabaseIfMissing(String database) {
        checkName(database);
        String exists = psql("postgres", "select 1 from pg_database where datname = '" + database + "'");
        if (!exists.isBlank()) {
            return;
        }
        Exec.Result created = Exec.run(psqlCommand("postgres"), psqlEnv(), COMMAND_TIMEOUT,
                "create database " + identifier(database) + ";\n");
        // A concurrent creator (two test JVMs, two CLI runs) may have won the race: that is fine.
        if (!created.ok() && !created.output().contains("already exists")) {
            throw new IllegalStateException("cannot create database " + database + ":\n" + created.output());
        }
    }

    /**
     * Runs SQL with psql as the superuser (through the unix socket of a private cluster) and
     * returns its unaligned, tuples-only output. The SQL goes to psql's stdin, never on its command
     * line, where every user of the machine could read it.
     */
    public String psql(String database, String sql) {
        return Exec.check(psqlCommand(database), psqlEnv(), COMMAND_TIMEOUT, sql.endsWith(";") || sql.endsWith("\n")
                ? sql : sql + ";").strip();
    }

    /** Stops a private cluster (fast mode); deletes its data when it was ephemeral. */
    @Override
    public synchronized void close() {
        if (closed || dataDir == null) {
            return;
        }
        closed = true;
        try {
            stopCluster(dataDir);
        } finally {
            if (guard != null) {
                guard.release();
            }
            if (lifecycle.deletesData()) {
                Exec.deleteRecursively(dataDir);
            }
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + host + ":" + port + (dataDir == null ? " (external)" : " (" + dataDir + ")");
    }

    private void initIfNeeded() {
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(dataDir.resolve("PG_VERSION"))) {
                return;
            }
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(dataDir + " is neither empty nor a PostgreSQL data directory");
                }
            }
            if (binaries.asRoot()) {
                makeReachableForPostgres(dataDir);
                chownToPostgres(dataDir);
            }
            // --no-sync only for throw-away clusters: it saves a second per test run, and a lost
            // initdb after a power cut does not matter when the data is deleted anyway.
            List<String> initdb = new ArrayList<>(binaries.server("initdb", "-D", dataDir.toString(), "-U", SUPERUSER,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"));
            if (lifecycle.deletesData()) {
                initdb.add("--no-sync");
            }
            Exec.check(initdb, Map.of(), COMMAND_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataDir, e);
        }
    }

    /** Replaces pg_hba.conf (keeping the file's owner and mode when it exists) before the server reads it. */
    private void writeHbaConf() {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba)) {
                Files.writeString(hba, PG_HBA_CONF);
            } else {
                PrivateFiles.write(hba, PG_HBA_CONF);
                if (binaries.asRoot()) {
                    chownToPostgres(hba);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hba, e);
        }
    }

    private void startPostmaster(Path log) {
        try {
            Files.createDirectories(log.getParent());
            if (binaries.asRoot()) {
                // The postmaster (user postgres) appends to the log; the directory may be root's.
                if (!Files.exists(log)) {
                    Files.createFile(log);
                }
                makeReachableForPostgres(log);
                chownToPostgres(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the PostgreSQL log " + log, e);
        }
        String options = String.join(" ",
                "-p", String.valueOf(port),
                "-k", ExitGuard.quote(dataDir.toString()),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "password_encryption=scram-sha-256",
                "-c", "max_connections=200",
                "-c", "shared_buffers=64MB",
                "-c", "fsync=on",
                // Three services and their tests share two cores: no need for parallel workers.
                "-c", "max_worker_processes=4",
                "-c", "max_parallel_workers_per_gather=0");
        Exec.Result result = Exec.run(binaries.server("pg_ctl", "start", "-D", dataDir.toString(),
                "-l", log.toString(), "-w", "-t", "60", "-o", options), Map.of(), COMMAND_TIMEOUT);
        if (!result.ok()) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + ":\n" + result.output()
                    + "\n--- " + log + " ---\n" + Exec.tail(log, 30));
        }
    }

    /** The port of the postmaster running from dataDir, or null when none runs. */
    private Integer runningPort() {
        if (!isRunning(dataDir)) {
            return null;
        }
        try {
            // postmaster.pid: pid, data dir, start time, port, ...
            return Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the port of the PostgreSQL running from " + dataDir, e);
        }
    }

    /** What the orphan watchdog runs when this JVM was killed: stop hard, drop throw-away data. */
    private String killedJvmScript() {
        String stop = String.join(" ", binaries.server("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "immediate")
                .stream().map(ExitGuard::quote).toList()) + " >/dev/null 2>&1";
        return lifecycle.deletesData() ? stop + "; rm -rf " + ExitGuard.quote(dataDir.toString()) : stop;
    }

    /** psql reading SQL from stdin: through the socket directory of a private cluster, else over TCP. */
    private List<String> psqlCommand(String database) {
        String server = dataDir != null ? dataDir.toString() : host;
        return binaries.client("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", server, "-p", String.valueOf(port), "-U", user, "-d", database);
    }

    private Map<String, String> psqlEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PGCONNECT_TIMEOUT", "10");
        if (dataDir == null && !password.isEmpty()) {
            env.put("PGPASSWORD", password);
        }
        return env;
    }

    private void requirePrivateCluster(String what) {
        if (dataDir == null) {
            throw new IllegalStateException("cannot " + what + " an external server: " + this);
        }
    }

    private static void checkName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database or role name: " + name);
        }
    }

    /** A quoted SQL identifier (names are checked plain, so quoting only keeps their case). */
    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A SQL string literal. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** runuser'd commands need every parent directory to be enterable by the postgres user. */
    private static void makeReachableForPostgres(Path path) throws IOException {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (PgBinaries.OS_USER.equals(Files.getOwner(dir).getName())) {
                continue; // its own directories (the data directory must stay 0700) need nothing
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(dir, permissions);
            }
        }
    }

    private static void chownToPostgres(Path path) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName(PgBinaries.OS_USER));
        view.setGroup(lookup.lookupPrincipalByGroupName(PgBinaries.OS_USER));
    }
}
