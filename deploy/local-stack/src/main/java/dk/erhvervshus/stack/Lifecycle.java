package dk.erhvervshus.stack;

/** How long a started process may outlive the JVM that started it. */
public enum Lifecycle {
    /**
     * Stopped by {@code close()}, by a JVM shutdown hook, and by an orphan guard when this JVM is
     * killed outright (SIGKILL skips shutdown hooks). Data is kept.
     */
    ATTACHED,
    /** As {@link #ATTACHED}, and the data directory is deleted after the stop: for tests. */
    EPHEMERAL,
    /**
     * Runs in its own session and survives this JVM: for the local-run CLI, which exits while
     * the stack keeps running and later stops it by PID.
     */
    DETACHED;

    boolean stopsWithJvm() {
        return this != DETACHED;
    }

    boolean deletesData() {
        return this == EPHEMERAL;
    }
}
