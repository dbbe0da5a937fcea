package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server: either a private cluster this class initialises and runs from a data
 * directory (trust authentication, loopback only), or an existing server named by host and port.
 */
public final class PostgresServer implements AutoCloseable {

    /** Superuser of the private clusters. */
    public static final String SUPERUSER = "postgres";
    /**
     * Password handed out for private clusters. Trust authentication ignores it; it is not empty
     * because SmallRye Config treats an empty value as "not set", and a -D override or test
     * resource value should mean one thing only.
     */
    public static final String TRUST_PASSWORD = "postgres";

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

    /** Starts (initialising when needed) a cluster that stops with this JVM and keeps its data. */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, Lifecycle.ATTACHED, null);
    }

    /**
     * Starts a private cluster in dataDir on 127.0.0.1:port; runs initdb first when the directory
     * is empty or missing. When a postmaster already runs from dataDir on the same port it is
     * adopted instead of started twice.
     *
     * @param logFile server log; null means {@code <dataDir>/postgres.log}
     */
    public static PostgresServer start(Path dataDir, int port, Lifecycle lifecycle, Path logFile) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().length() > MAX_SOCKET_DIR_LENGTH) {
            throw new IllegalArgumentException("data directory path too long for a unix socket: " + dir);
        }
        PgBinaries binaries = PgBinaries.locate();
        PostgresServer server = new PostgresServer("127.0.0.1", port, SUPERUSER, TRUST_PASSWORD, dir, lifecycle,
                binaries);
        Path log = logFile == null ? dir.resolve("postgres.log") : logFile.toAbsolutePath();
        try {
            server.initIfNeeded();
            Integer runningPort = server.runningPort();
            if (runningPort == null) {
                server.startPostmaster(log);
            } else if (runningPort != port) {
                throw new IllegalStateException("PostgreSQL already runs from " + dir + " on port " + runningPort
                        + ", not " + port);
            }
        } catch (RuntimeException e) {
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

    /** An existing server (e.g. a shared one named by environment variables); never stopped here. */
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

    public String username() {
        return user;
    }

    /** {@link #TRUST_PASSWORD} for private clusters, where it is ignored. */
    public String password() {
        return password;
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

    /** Creates the database unless it exists; safe to call on every start. */
    public void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String exists = psql("postgres", "select 1 from pg_database where datname = '" + database + "'");
        if (!exists.isBlank()) {
            return;
        }
        Exec.Result created = Exec.run(psqlCommand("postgres", "create database \"" + database + "\""),
                psqlEnv(), COMMAND_TIMEOUT);
        // A concurrent creator (two test JVMs, two CLI runs) may have won the race: that is fine.
        if (!created.ok() && !created.output().contains("already exists")) {
            throw new IllegalStateException("cannot create database " + database + ":\n" + created.output());
        }
    }

    /** Runs one SQL statement with psql and returns its unaligned, tuples-only output. */
    public String psql(String database, String sql) {
        return Exec.check(psqlCommand(database, sql), psqlEnv(), COMMAND_TIMEOUT).strip();
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
            List<String> initdb = lifecycle.deletesData()
                    ? binaries.server("initdb", "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync")
                    : binaries.server("initdb", "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--locale=C");
            Exec.check(initdb, Map.of(), COMMAND_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataDir, e);
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

    private List<String> psqlCommand(String database, String sql) {
        return binaries.client("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", host, "-p", String.valueOf(port), "-U", user, "-d", database, "-c", sql);
    }

    private Map<String, String> psqlEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PGCONNECT_TIMEOUT", "10");
        if (!password.isEmpty()) {
            env.put("PGPASSWORD", password);
        }
        return env;
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
