package dk.erhvervshus.guidance.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CrmBatchResult")
public record CrmBatchResponse(String batchId, List<CrmEventResult> results) {
}
