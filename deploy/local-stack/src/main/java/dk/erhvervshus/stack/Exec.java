package dk.erhvervshus.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs short-lived commands (initdb, pg_ctl, psql, the Kafka storage tool) to completion. */
final class Exec {

    static final File DEV_NULL = new File("/dev/null");

    private Exec() {
    }

    /** Outcome of a finished command; output is stdout and stderr interleaved. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs the command and fails with its output when it exits non-zero. */
    static String check(List<String> command, Map<String, String> env, Duration timeout) {
        return check(command, env, timeout, null);
    }

    /** As {@link #check(List, Map, Duration)}, with stdin (e.g. SQL holding a password, never an argument). */
    static String check(List<String> command, Map<String, String> env, Duration timeout, String stdin) {
        Result result = run(command, env, timeout, stdin);
        if (!result.ok()) {
            throw new IllegalStateException("command failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }

    static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        return run(command, env, timeout, null);
    }

    /** @param stdin written to the command's standard input, or null for /dev/null */
    static Result run(List<String> command, Map<String, String> env, Duration timeout, String stdin) {
        Path out = null;
        try {
            // A file, not a pipe: a daemon the command leaves behind must not keep us reading.
            out = Files.createTempFile("erhvervshus-exec-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(new File("/"))
                    .redirectErrorStream(true)
                    .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(DEV_NULL) : ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(out.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("command timed out after " + timeout + ": "
                        + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            deleteQuietly(out);
        }
    }

    /** True when this JVM runs as root, where PostgreSQL refuses to run without a user switch. */
    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * Prefix that starts a process in a new session: no controlling terminal, so a Ctrl-C or a
     * closed terminal aimed at the CLI does not reach the stack it leaves running.
     */
    static List<String> newSession() {
        return Files.isExecutable(Path.of("/usr/bin/setsid")) ? List.of("/usr/bin/setsid")
                : Files.isExecutable(Path.of("/bin/setsid")) ? List.of("/bin/setsid") : List.of();
    }

    static List<String> concat(List<String> prefix, List<String> command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        return all;
    }

    /** The java launcher of this JVM, so children run on the same runtime as the caller. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(Exec::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: a leftover file in /tmp must not turn a finished command into an error.
        }
    }

    /** The last lines of a log file, for error messages that should show why something died. */
    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log at " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
