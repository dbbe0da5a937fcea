package dk.erhvervshus.survey.domain;

import dk.erhvervshus.validation.Validation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain stays plain Java: no framework, no persistence, no HTTP, no JSON library, and no reach
 * into the layers that use it. Reads the sources, and first proves it found them, so it cannot pass
 * vacuously.
 */
class DomainPurityTest {

    private static final Path DOMAIN_SOURCES = Path.of("src/main/java/dk/erhvervshus/survey/domain");
    private static final List<String> FORBIDDEN = List.of("import io.quarkus", "import jakarta.", "import javax.",
            "import org.eclipse.microprofile", "import io.smallrye", "import io.vertx", "import org.apache.kafka",
            "import java.sql", "import com.fasterxml", "import org.apache.commons.csv",
            "import dk.erhvervshus.survey.importing", "import dk.erhvervshus.survey.api",
            "import dk.erhvervshus.survey.application", "import dk.erhvervshus.survey.eventstore",
            "import dk.erhvervshus.survey.messaging");

    @Test
    void the_domain_imports_no_framework_and_no_outer_layer() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(DOMAIN_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("domain sources under " + DOMAIN_SOURCES.toAbsolutePath())
                .extracting(f -> f.getFileName().toString())
                .contains("SurveyResponseValidator.java", "DateFormats.java", "Referral.java");

        for (Path source : sources) {
            List<String> imports = Files.readAllLines(source).stream().filter(line -> line.startsWith("import ")).toList();
            assertThat(imports).as(source.getFileName().toString())
                    .noneMatch(line -> FORBIDDEN.stream().anyMatch(line::startsWith));
        }
    }
}
