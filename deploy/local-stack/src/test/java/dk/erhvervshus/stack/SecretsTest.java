package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {

    @TempDir
    Path parent;

    @Test
    void a_password_is_generated_once_into_a_file_only_its_owner_may_read() throws Exception {
        Path dir = parent.resolve("state/secrets");
        Secrets secrets = Secrets.in(dir);

        String password = secrets.password("kafka-admin");

        assertThat(password).matches("[A-Za-z0-9_-]{32,}");
        assertThat(secrets.password("kafka-admin")).isEqualTo(password);
        assertThat(Secrets.in(dir).password("kafka-admin")).as("read back by the next start").isEqualTo(password);
        assertThat(secrets.password("postgres-superuser")).isNotEqualTo(password);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateFiles.DIRECTORY_MODE);
        assertThat(Files.getPosixFilePermissions(dir.resolve("kafka-admin"))).isEqualTo(PrivateFiles.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(dir.resolve("postgres-superuser"))).isEqualTo(PrivateFiles.FILE_MODE);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temp files left behind")
                    .containsExactlyInAnyOrder("kafka-admin", "postgres-superuser");
        }
    }

    @Test
    void a_replaced_value_is_written_as_a_new_private_file() throws Exception {
        Secrets secrets = Secrets.in(parent.resolve("secrets"));

        secrets.write("key.pem", "first");
        Path file = secrets.write("key.pem", "second");

        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PrivateFiles.FILE_MODE);
    }

    @Test
    void an_existing_directory_open_to_others_is_closed() throws Exception {
        Path dir = Files.createDirectory(parent.resolve("open"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        Secrets.in(dir);

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PrivateFiles.DIRECTORY_MODE);
    }

    @Test
    void a_temporary_store_is_deleted_when_closed() {
        Path dir;
        try (Secrets secrets = Secrets.temporary()) {
            dir = secrets.dir();
            secrets.password("x");
            assertThat(dir).exists();
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void a_name_cannot_leave_the_directory() {
        Secrets secrets = Secrets.in(parent.resolve("secrets"));
        assertThatThrownBy(() -> secrets.password("../escape")).isInstanceOf(IllegalArgumentException.class);
    }
}
