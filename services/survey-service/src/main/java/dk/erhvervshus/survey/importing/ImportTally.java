package dk.erhvervshus.survey.importing;

import java.util.ArrayList;
import java.util.List;

/** Counts the rows of one import and keeps a bounded list of the ones a user must look at. */
final class ImportTally {

    private final int maxListed;
    private final List<RejectedRow> rejectedRows = new ArrayList<>();
    private final List<DuplicateRow> duplicateRows = new ArrayList<>();
    private int accepted;
    private int duplicates;
    private int rejected;

    ImportTally(int maxListed) {
        this.maxListed = maxListed;
    }

    void accepted() {
        accepted++;
    }

    void duplicate(DuplicateRow row) {
        duplicates++;
        if (duplicateRows.size() < maxListed) {
            duplicateRows.add(row);
        }
    }

    void rejected(RejectedRow row) {
        rejected++;
        if (rejectedRows.size() < maxListed) {
            rejectedRows.add(row);
        }
    }

    ImportSummary summary(FileEncoding encoding, List<String> ignoredColumns) {
        return new ImportSummary(encoding, List.of(), List.of(), ignoredColumns, accepted + duplicates + rejected, accepted,
                duplicates, rejected, rejectedRows, rejected - rejectedRows.size(), duplicateRows,
                duplicates - duplicateRows.size());
    }
}
