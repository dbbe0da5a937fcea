package dk.erhvervshus.guidance.application;

import dk.erhvervshus.guidance.domain.CourseForm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stable digest of a registration as the client sent it, stored with its Idempotency-Key so that
 * reusing a key for a different request is recognised instead of silently answered.
 */
final class RequestFingerprint {

    /** Unit separator: cannot be confused with field content the validator accepts. */
    private static final String SEPARATOR = "\u001f";

    private RequestFingerprint() {
    }

    static String of(CourseForm form) {
        String canonical = Stream.of(form.courseId(), form.house(), form.cvr(), form.companyName(),
                        form.municipalityCode(), form.category(), joined(form.themes()), form.startedOn(),
                        form.advisor(), form.sustainabilityWheelUsed(), form.enrolledInEvaluation(), form.origin())
                .map(value -> Objects.toString(value, "\u0000"))
                .collect(Collectors.joining(SEPARATOR));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values);
    }
}
