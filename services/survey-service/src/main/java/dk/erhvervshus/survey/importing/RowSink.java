package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

import java.util.List;

/**
 * Where the import hands the valid rows, a chunk at a time, in file order. The implementation (the
 * event store, in production) decides whether each responseId is new in its house, within the
 * chunk as well as against what was recorded before; the import keeps no set of ids, so its memory
 * does not grow with the file. Chunks let the store write many rows per transaction, which is what makes a
 * 100,000-row file take seconds instead of minutes.
 *
 * <p>An exception thrown here is not a row problem (the store is down): it ends the import and
 * reaches the caller. Chunks handed over before it stay recorded, and sending the file again is
 * safe because their rows come back as duplicates.
 */
@FunctionalInterface
public interface RowSink {

    /**
     * Records the rows of one chunk, returning only once they are durable.
     *
     * @param chunk at most the importer's chunk size, never empty
     * @return one admission per row, in the order of {@code chunk}
     */
    List<Admission> admit(List<SurveyResponseRecorded> chunk);
}
