package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locates the PostgreSQL server binaries and knows how to run them as the right user. Root is
 * special: initdb and pg_ctl refuse to run as root, so every server command goes through
 * {@code runuser -u postgres}.
 */
final class PgBinaries {

    static final String OS_USER = "postgres";

    private final Path binDir;
    private final boolean asRoot;

    private PgBinaries(Path binDir, boolean asRoot) {
        this.binDir = binDir;
        this.asRoot = asRoot;
    }

    static PgBinaries locate() {
        return new PgBinaries(findBinDir(), Exec.isRoot());
    }

    boolean asRoot() {
        return asRoot;
    }

    /** A server command (initdb, pg_ctl) with the user switch it needs when we are root. */
    List<String> server(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of(runuser(), "-u", OS_USER, "--"));
        }
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }

    /** A client command (psql): connects over TCP, so it runs as whoever we are. */
    List<String> client(String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }

    /** The version directory first (15 is what the project is verified on), then PATH, then any. */
    private static Path findBinDir() {
        Path preferred = Path.of("/usr/lib/postgresql/15/bin");
        if (Files.isExecutable(preferred.resolve("pg_ctl"))) {
            return preferred;
        }
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "pg_ctl"))
                .filter(Files::isExecutable)
                .map(PgBinaries::realParent)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                .findFirst();
        if (onPath.isPresent()) {
            return onPath.get();
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(dir -> dir.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparing(PgBinaries::majorVersion))
                    .orElseThrow(PgBinaries::notInstalled);
        } catch (IOException e) {
            throw notInstalled();
        }
    }

    private static Path realParent(Path file) {
        try {
            return file.toRealPath().getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorVersion(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("PostgreSQL server binaries not found (looked in "
                + "/usr/lib/postgresql/15/bin, PATH, /usr/lib/postgresql/*/bin); "
                + "install them with: apt-get install -y postgresql");
    }

    private static String runuser() {
        for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "runuser";
    }
}
