package dk.erhvervshus.survey.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer stays plain Java like the domain (commons-csv is its one library): the event store
 * reaches it only through {@link RowSink}. Reads the sources, and first proves it found them.
 */
class ImportingPurityTest {

    private static final Path IMPORTING_SOURCES = Path.of("src/main/java/dk/erhvervshus/survey/importing");
    private static final List<String> FORBIDDEN = List.of("import io.quarkus", "import jakarta.", "import javax.",
            "import org.eclipse.microprofile", "import io.smallrye", "import io.vertx", "import org.apache.kafka",
            "import java.sql", "import com.fasterxml", "import dk.erhvervshus.eventstore",
            "import dk.erhvervshus.survey.api", "import dk.erhvervshus.survey.application",
            "import dk.erhvervshus.survey.eventstore");

    @Test
    void the_importer_imports_no_framework_and_no_outer_layer() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(IMPORTING_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).extracting(f -> f.getFileName().toString())
                .contains("SurveyCsvImporter.java", "RowSink.java");

        for (Path source : sources) {
            List<String> imports = Files.readAllLines(source).stream().filter(line -> line.startsWith("import ")).toList();
            assertThat(imports).as(source.getFileName().toString())
                    .noneMatch(line -> FORBIDDEN.stream().anyMatch(line::startsWith));
        }
    }
}
