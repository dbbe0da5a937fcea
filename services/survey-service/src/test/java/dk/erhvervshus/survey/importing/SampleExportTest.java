package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.domain.TestFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample export the README points to must stay importable as it is. */
class SampleExportTest {

    private static final Path SAMPLE = Path.of("docs/sample-survey-export.csv");

    @Test
    void the_sample_export_in_the_docs_imports_without_a_rejected_row() throws IOException {
        InMemoryStore store = new InMemoryStore();
        ImportSummary summary;
        try (InputStream file = Files.newInputStream(SAMPLE)) {
            summary = new SurveyCsvImporter(new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY))
                    .importFrom(file, store);
        }

        assertThat(summary.encoding()).isEqualTo(FileEncoding.UTF_8_WITH_BOM);
        assertThat(summary.rejectedRows()).isEmpty();
        assertThat(summary.rowsRead()).isEqualTo(20);
        assertThat(summary.accepted()).isEqualTo(20);
        assertThat(store.recorded).extracting(SurveyResponseRecorded::segment)
                .contains(Segment.GROWTH, Segment.OPERATION);
        assertThat(store.recorded).anyMatch(r -> r.recommendScore() == null);
    }
}
