package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (0600) in directories only their owner may enter (0700). The
 * mode is given when the file is created, never set afterwards: a file that is chmod-ed after
 * writing is readable by anyone for a moment.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates dir (and missing parents) as 0700; an existing dir open to others is closed to 0700. */
    static Path directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(dir, attribute(DIRECTORY_MODE));
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it meanwhile; the mode check below covers it.
                }
            }
            // A directory holds no content of its own, so tightening an existing one exposes nothing.
            if (!Files.getPosixFilePermissions(dir).equals(DIRECTORY_MODE)) {
                Files.setPosixFilePermissions(dir, DIRECTORY_MODE);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the private directory " + dir, e);
        }
    }

    /** Writes a new 0600 file next to target, then renames it over target (replacing it). */
    static void write(Path target, String content) {
        Path temp = writeTemp(target, content);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Writes a new 0600 file unless target exists already; false when it did (and nothing was
     * written), so two racing first users end up with the same content.
     */
    static boolean writeIfAbsent(Path target, String content) {
        Path temp = writeTemp(target, content);
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path writeTemp(Path target, String content) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attribute(FILE_MODE));
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                return temp;
            } catch (IOException e) {
                deleteQuietly(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a file in " + dir, e);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.asFileAttribute(mode);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover temp file is 0600 and harmless; the caller's failure matters more.
        }
    }
}
