package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.domain.TestCvrs;
import dk.erhvervshus.survey.domain.TestFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's export of all houses is about 100,000 rows. The file is generated while it is read and
 * the sink only counts, so nothing but the importer could hold on to rows. To see that it does not,
 * the sink measures the live heap (after a full collection) early in the file and near its end: an
 * importer keeping as little as 100 bytes per row would grow it by about 10 MB. A chunk (500 rows)
 * is the most the importer may hold.
 */
class LargeImportTest {

    private static final int ROWS = 100_000;
    /** Every 50th row carries a mistyped CVR number. */
    private static final int BAD_EVERY = 50;
    /** Room for the capped list of 1,000 rejected rows (about 0.5 MB) and the collector's noise. */
    private static final long MAX_GROWTH = 4 * 1024 * 1024;
    private static final int EARLY_ROW = 1_000;

    @Test
    void a_hundred_thousand_row_export_streams_through_and_every_row_is_counted() throws IOException {
        SurveyCsvImporter importer = new SurveyCsvImporter(
                new SurveyResponseValidator(TestFixtures.HOUSES, TestFixtures.TODAY));
        CountingSink sink = new CountingSink();

        ImportSummary summary = importer.importFrom(new GeneratedExport(ROWS), sink);

        int bad = ROWS / BAD_EVERY;
        assertThat(summary.encoding()).isEqualTo(FileEncoding.WINDOWS_1252);
        assertThat(summary.rowsRead()).isEqualTo(ROWS);
        assertThat(summary.accepted()).isEqualTo(ROWS - bad);
        assertThat(summary.duplicates()).isZero();
        assertThat(summary.rejected()).isEqualTo(bad);
        assertThat(summary.rejectedRows()).hasSize(SurveyCsvImporter.MAX_LISTED_ROWS);
        assertThat(summary.rejectedRowsNotListed()).isEqualTo(bad - SurveyCsvImporter.MAX_LISTED_ROWS);
        assertThat(summary.rejectedRows().get(0).rowNumber()).isEqualTo(BAD_EVERY);
        assertThat(summary.rejectedRows().get(0).lineNumber()).isEqualTo(BAD_EVERY + 1);
        assertThat(sink.count).isEqualTo(ROWS - bad);
        assertThat(sink.largestChunk).isBetween(1, SurveyCsvImporter.DEFAULT_CHUNK_SIZE);
        assertThat(sink.liveHeapAtEnd - sink.liveHeapEarly).as("live heap growth in bytes").isLessThan(MAX_GROWTH);
    }

    private static final class CountingSink implements RowSink {

        int count;
        int largestChunk;
        long liveHeapEarly;
        long liveHeapAtEnd;

        @Override
        public List<Admission> admit(List<SurveyResponseRecorded> chunk) {
            int before = count;
            count += chunk.size();
            largestChunk = Math.max(largestChunk, chunk.size());
            if (before < EARLY_ROW && count >= EARLY_ROW) {
                liveHeapEarly = liveHeap();
            } else if (count > ROWS * 0.95 && liveHeapAtEnd == 0) {
                liveHeapAtEnd = liveHeap();
            }
            return Collections.nCopies(chunk.size(), Admission.ACCEPTED);
        }

        private static long liveHeap() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

    /** A Windows-1252 survey export made up row by row as it is read. */
    private static final class GeneratedExport extends InputStream {

        private final int rows;
        private int nextRow;
        private byte[] pending = (ExportFile.HEADER + "\r\n").getBytes(ExportFile.WINDOWS_1252);
        private int position;

        GeneratedExport(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return pending[position++] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, pending.length - position);
            System.arraycopy(pending, position, target, offset, count);
            position += count;
            return count;
        }

        private boolean fill() {
            if (position < pending.length) {
                return true;
            }
            if (nextRow == rows) {
                return false;
            }
            nextRow++;
            String cvr = nextRow % BAD_EVERY == 0 ? "13585627" : TestCvrs.valid(nextRow);
            String segment = nextRow % 2 == 0 ? "Vækst" : "Drift";
            pending = ("ES-2023-" + nextRow + ";nordjylland;" + cvr + ";2023;" + segment
                    + ";02.05.2023;Hverken/eller;8;I høj grad;Ja;Ja;Nej\r\n").getBytes(ExportFile.WINDOWS_1252);
            position = 0;
            return true;
        }
    }
}
