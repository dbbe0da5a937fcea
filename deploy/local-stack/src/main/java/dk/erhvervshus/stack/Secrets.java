package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stack's passwords and keys, one file per secret (mode 0600) in one directory (mode 0700).
 * A password is generated on first use and read back afterwards, so the file is the truth: every
 * start hands the same value to the server that checks it and to the client that presents it.
 * Values are passed to processes through files or environment variables, never on a command line
 * (which every user of the machine can read) and never into a log.
 */
public final class Secrets implements AutoCloseable {

    /** Password bytes before encoding: 24 random bytes are 32 URL-safe base64 characters. */
    private static final int PASSWORD_BYTES = 24;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final boolean temporary;
    private ExitGuard guard;
    private boolean closed;

    private Secrets(Path dir, boolean temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    /** The store in dir (created 0700 when missing); kept when closed. */
    public static Secrets in(Path dir) {
        return new Secrets(PrivateFiles.directory(dir.toAbsolutePath().normalize()), false);
    }

    /**
     * A fresh store under /tmp for one test run or benchmark; deleted by {@link #close()}, at JVM
     * exit, and by a watchdog when the JVM is killed.
     */
    public static Secrets temporary() {
        try {
            // createTempDirectory makes it 0700 on POSIX file systems.
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "erhvervshus-secrets-");
            Secrets secrets = new Secrets(PrivateFiles.directory(dir), true);
            secrets.guard = ExitGuard.install("secrets", secrets::close, "rm -rf " + ExitGuard.quote(dir.toString()));
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a secrets directory under /tmp", e);
        }
    }

    /** True when dir holds a secret of that name (without creating anything). */
    public static boolean exists(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(checkedName(name)));
    }

    /** The stored password of that name, generated and stored on first use. */
    public String password(String name) {
        Path file = file(name);
        if (!Files.exists(file)) {
            byte[] bytes = new byte[PASSWORD_BYTES];
            RANDOM.nextBytes(bytes);
            // URL-safe without padding: no quote, '=' or ',' that a JAAS line or a SCRAM spec would misread.
            PrivateFiles.writeIfAbsent(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return PrivateFiles.read(file).strip();
    }

    /** The stored value, when there is one. */
    public Optional<String> read(String name) {
        Path file = file(name);
        return Files.isRegularFile(file) ? Optional.of(PrivateFiles.read(file)) : Optional.empty();
    }

    /** Stores a value (a key, a generated file) under that name, mode 0600, replacing an older one. */
    public Path write(String name, String value) {
        Path file = file(name);
        PrivateFiles.write(file, value);
        return file;
    }

    /** Where the secret of that name is (or would be) stored, e.g. for a service that reads a key file. */
    public Path file(String name) {
        return dir.resolve(checkedName(name));
    }

    public Path dir() {
        return dir;
    }

    /** Deletes a {@link #temporary()} store; a persistent one is left alone. */
    @Override
    public synchronized void close() {
        if (closed || !temporary) {
            return;
        }
        closed = true;
        if (guard != null) {
            guard.release();
        }
        Exec.deleteRecursively(dir);
    }

    @Override
    public String toString() {
        return "secrets in " + dir;
    }

    private static String checkedName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a secret name: " + name);
        }
        return name;
    }
}
