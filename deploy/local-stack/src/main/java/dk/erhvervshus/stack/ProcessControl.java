package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping processes and finding them again from PID files, for processes outliving their starter. */
final class ProcessControl {

    private ProcessControl() {
    }

    /** SIGTERM, then SIGKILL after the grace period; returns once the process is gone. */
    static void terminate(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    /** SIGKILL, as a crash would do it; returns once the process is gone. */
    static void kill(ProcessHandle process) {
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void writePid(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Files.writeString(pidFile, pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    static void deletePid(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + pidFile, e);
        }
    }

    /**
     * The live process recorded in the PID file, provided its command line still contains the
     * marker: a recycled PID must never be mistaken for (and then killed as) our process.
     */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, String commandLineMarker) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> commandLine(handle).contains(commandLineMarker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Full command line; /proc first because the JDK's view of long (classpath) lines may be cut. */
    static String commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | UnsupportedOperationException e) {
            return process.info().commandLine().orElse("");
        }
    }
}
