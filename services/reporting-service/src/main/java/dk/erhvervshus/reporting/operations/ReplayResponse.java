package dk.erhvervshus.reporting.operations;

import dk.erhvervshus.reporting.projection.ParkedRecord;
import dk.erhvervshus.reporting.projection.ReplayOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a replay did. */
@Schema(name = "ReplayResult")
public record ReplayResponse(
        @Schema(description = "parked records this replay took (at most one batch)")
        int replayed,
        @Schema(description = "of those, the ones now applied (or found applied already): REPLAYED")
        int applied,
        @Schema(description = "the ones parked again, with their new reasons")
        List<StillParked> stillParked,
        @Schema(description = "parked records the request named that this replay did not take; call again for them")
        long remaining) {

    /** A record a replay could not apply. */
    @Schema(name = "StillParked")
    public record StillParked(String id, String stream, Long version, String reasonKind, String reason) {
    }

    static ReplayResponse of(ReplayOutcome outcome) {
        List<StillParked> still = outcome.stillParked().stream().map(ReplayResponse::still).toList();
        return new ReplayResponse(outcome.replayed(), outcome.applied(), still, outcome.remaining());
    }

    private static StillParked still(ParkedRecord p) {
        return new StillParked(p.record().id().toString(), p.stream(), p.version(), p.kind().name(), p.reason());
    }
}
