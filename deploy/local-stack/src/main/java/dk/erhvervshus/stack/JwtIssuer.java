package dk.erhvervshus.stack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs compact JWS tokens (RS256) as the stack's identity provider would: for the local run
 * ({@code deploy/local/token}) and for tests, which get real tokens instead of a switched-off
 * security layer. Claims: {@code iss}, {@code aud}, {@code sub}, {@code upn} (= sub),
 * {@code groups} (the roles), {@code house} (only when given), {@code iat}, {@code exp}, {@code jti}.
 */
public final class JwtIssuer {

    public static final String ISSUER = "urn:erhvervshus:local";
    public static final String AUDIENCE = "erhvervshus-goals";
    public static final String KEY_ID = "local-1";
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final Clock clock;
    private PrivateKey foreignKey;

    public JwtIssuer(JwtKeys keys) {
        this(keys.signingKey(), Clock.systemUTC());
    }

    public JwtIssuer(PrivateKey signingKey, Clock clock) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A token for one role, subject {@code local-<role>}, valid for {@link #DEFAULT_TTL}; house may be null. */
    public String token(String role, String house) {
        return token(List.of(role), house);
    }

    /** A token for these roles, subject {@code local-<first role>}, valid for {@link #DEFAULT_TTL}. */
    public String token(List<String> roles, String house) {
        return token(defaultSubject(roles), roles, house, DEFAULT_TTL);
    }

    public String token(String subject, List<String> roles, String house, Duration ttl) {
        Instant now = clock.instant();
        return sign(signingKey, subject, roles, house, now, now.plus(ttl));
    }

    /** Otherwise valid, but expired ten minutes ago (beyond any clock-skew allowance). */
    public String expiredToken(String role, String house) {
        Instant expired = clock.instant().minus(Duration.ofMinutes(10));
        return sign(signingKey, defaultSubject(List.of(role)), List.of(role), house, expired.minus(DEFAULT_TTL), expired);
    }

    /** Otherwise valid, but signed by a freshly generated key the services do not trust. */
    public synchronized String foreignKeyToken(String role, String house) {
        if (foreignKey == null) {
            foreignKey = JwtKeys.generate().getPrivate();
        }
        Instant now = clock.instant();
        return sign(foreignKey, defaultSubject(List.of(role)), List.of(role), house, now, now.plus(DEFAULT_TTL));
    }

    /** {@code local-<role>}, the subject deploy/local/token uses unless told otherwise. */
    public static String defaultSubject(List<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        return "local-" + roles.get(0);
    }

    private static String sign(PrivateKey key, String subject, List<String> roles, String house,
                               Instant issuedAt, Instant expiresAt) {
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(ISSUER))
                .append(",\"aud\":").append(json(AUDIENCE))
                .append(",\"sub\":").append(json(subject))
                .append(",\"upn\":").append(json(subject))
                .append(",\"groups\":[").append(roles.stream().map(JwtIssuer::json).collect(Collectors.joining(","))).append("]");
        if (house != null) {
            claims.append(",\"house\":").append(json(house));
        }
        claims.append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(expiresAt.getEpochSecond())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()))
                .append("}");
        String signingInput = base64url(HEADER) + "." + base64url(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }

    private static String base64url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
