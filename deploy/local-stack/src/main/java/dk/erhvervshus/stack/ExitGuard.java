package dk.erhvervshus.stack;

import java.io.IOException;
import java.util.List;

/**
 * Makes a child process die with the JVM that started it, on both exit paths: a shutdown hook for
 * an orderly exit, and a tiny shell watchdog for SIGKILL (a killed test JVM runs no hooks and
 * would otherwise orphan a broker, a postmaster and their temp directories).
 */
final class ExitGuard {

    private final Thread hook;
    private final Process watchdog;

    private ExitGuard(Thread hook, Process watchdog) {
        this.hook = hook;
        this.watchdog = watchdog;
    }

    /**
     * @param onExit        runs in a shutdown hook of this JVM
     * @param onKilledShell sh script the watchdog runs once this JVM's PID is gone
     */
    static ExitGuard install(String name, Runnable onExit, String onKilledShell) {
        Thread hook = new Thread(onExit, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
        long parent = ProcessHandle.current().pid();
        String script = "while kill -0 " + parent + " 2>/dev/null; do sleep 1; done; " + onKilledShell;
        try {
            // Own session: a Ctrl-C aimed at the test JVM's process group must not kill the
            // watchdog before it had the chance to clean up.
            Process watchdog = new ProcessBuilder(Exec.concat(Exec.newSession(), List.of("/bin/sh", "-c", script)))
                    .redirectInput(Exec.DEV_NULL)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start();
            return new ExitGuard(hook, watchdog);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new IllegalStateException("cannot start the orphan watchdog for " + name, e);
        }
    }

    /** Called after an orderly stop: nothing is left to clean up. */
    void release() {
        watchdog.destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and this release runs from the hook itself.
        }
    }

    /** sh snippet: SIGTERM the PID, give it 30 s for an orderly exit, then SIGKILL it. */
    static String terminateScript(long pid) {
        return "kill " + pid + " 2>/dev/null; i=0; while kill -0 " + pid + " 2>/dev/null && [ $i -lt 30 ]; "
                + "do sleep 1; i=$((i+1)); done; kill -9 " + pid + " 2>/dev/null";
    }

    /** Single-quotes a value for sh. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
