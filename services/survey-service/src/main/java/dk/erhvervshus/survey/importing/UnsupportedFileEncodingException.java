package dk.erhvervshus.survey.importing;

/**
 * The file is UTF-16 or UTF-32 (with or without a byte order mark): not an encoding a Danish
 * spreadsheet export is read in here. Thrown before any row is read, so nothing is stored.
 */
public final class UnsupportedFileEncodingException extends RuntimeException {

    public UnsupportedFileEncodingException() {
        super("encoding not supported: send UTF-8 or Windows-1252");
    }
}
