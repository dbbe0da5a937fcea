package dk.erhvervshus.survey.api;

import dk.erhvervshus.validation.TextRules;

/** The import was sent with a content type that is not a CSV file (415). */
public class UnsupportedUploadException extends RuntimeException {

    public UnsupportedUploadException(String contentType) {
        super("send the survey export as text/csv (or application/octet-stream), not "
                + TextRules.abbreviate(contentType));
    }
}
