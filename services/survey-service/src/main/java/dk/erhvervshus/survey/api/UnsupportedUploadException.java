package dk.erhvervshus.survey.api;

/** The import was sent with a content type that is not a CSV file (415). */
public class UnsupportedUploadException extends RuntimeException {

    public UnsupportedUploadException(String contentType) {
        super("send the survey export as text/csv (or application/octet-stream), not " + contentType);
    }
}
