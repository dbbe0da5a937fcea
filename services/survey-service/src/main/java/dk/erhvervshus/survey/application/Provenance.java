package dk.erhvervshus.survey.application;

import dk.erhvervshus.eventstore.EventMetadata;

/**
 * Where the events of one request come from: the request (its correlation id) and who sent it (the
 * bearer token's subject). Every envelope the request causes carries both.
 */
public record Provenance(String correlationId, String recordedBy) {

    EventMetadata metadataFor(String house) {
        return new EventMetadata(house, correlationId, null, recordedBy);
    }
}
