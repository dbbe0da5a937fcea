package dk.erhvervshus.guidance.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The documented shape of a CRM batch. The resource reads the items one by one from the JSON tree
 * instead, so that one unreadable item is rejected on its own instead of failing the whole batch.
 */
@Schema(name = "CrmEventBatch")
public record CrmEventBatchRequest(
        @Schema(description = "optional id of the batch; becomes the events' correlationId (else X-Correlation-Id, else generated)")
        String batchId,
        @Schema(required = true) List<CrmEventRequest> events) {
}
