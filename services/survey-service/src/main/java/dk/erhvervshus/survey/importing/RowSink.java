package dk.erhvervshus.survey.importing;

import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;

/**
 * Where the import hands each valid row, one at a time, in file order. The implementation (the
 * event store, in production) decides whether the responseId is new; the import keeps no set of
 * ids, so its memory does not grow with the file. An exception thrown here is not a row problem
 * (the store is down): it ends the import and reaches the caller; rows handed over before it stay
 * recorded, and sending the file again is safe because those come back as duplicates.
 */
@FunctionalInterface
public interface RowSink {

    /**
     * @param rowNumber 1 for the first row after the header, as in {@link ImportSummary}
     * @return never null
     */
    Admission accept(int rowNumber, SurveyResponseRecorded response);
}
