package dk.erhvervshus.survey.api;

import java.io.IOException;

/**
 * The upload could not be read to its end (the client went away, or the connection broke). Rows of
 * chunks committed before stay recorded; sending the file again is safe, they come back as duplicates.
 */
public class UploadInterruptedException extends RuntimeException {

    public UploadInterruptedException(IOException cause) {
        super("the upload ended before the whole file was read; rows of the part that "
                + "was read may be recorded, so send the whole file again: they will be reported as duplicates",
                cause);
    }
}
