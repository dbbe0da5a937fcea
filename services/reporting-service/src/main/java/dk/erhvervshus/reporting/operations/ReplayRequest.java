package dk.erhvervshus.reporting.operations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which parked records to replay: one stream's, or (explicitly) all. */
@Schema(name = "ReplayRequest", description = "exactly one of stream and all")
public record ReplayRequest(
        @Schema(description = "replay this stream's parked records, by version", nullable = true,
                example = "course-7f1c")
        String stream,
        @Schema(description = "true: replay every parked record, stream by stream (one batch per call)", nullable = true)
        Boolean all) {
}
