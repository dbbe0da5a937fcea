package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.ConsistencyToken;

/**
 * The answer to a course registration.
 *
 * @param replayed true when the course was registered before (same courseId and content, or the
 *                 same Idempotency-Key) and this is the original answer again; nothing was stored
 * @param token    the consistency token: the registration's event, the original registration's for a
 *                 repeat of an Idempotency-Key, none (0 events) when the same content was sent again
 */
public record RegistrationResult(String courseId, long version, boolean replayed, ConsistencyToken token) {
}
