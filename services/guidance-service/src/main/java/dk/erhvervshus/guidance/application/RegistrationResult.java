package dk.erhvervshus.guidance.application;

/**
 * The answer to a course registration.
 *
 * @param replayed true when the course was registered before (same courseId and content, or the
 *                 same Idempotency-Key) and this is the original answer again; nothing was stored
 */
public record RegistrationResult(String courseId, long version, boolean replayed) {
}
