package dk.erhvervshus.reporting.api;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bearer token verified once is taken as verified when the same token comes again, until it
 * expires and for at most {@link #HELD_FOR}: a dashboard sends one token with every read, and its
 * RSA signature check is most of what a read from the held goals costs (the JIT the services run
 * with, C1, has none of C2's big-integer intrinsics). Only the exact token text verified before is
 * taken (its signature is part of it); every other one, and one whose {@code exp} has passed, is
 * verified as before, with the verifier's own rules and answers. A key taken away from the JWKS
 * stops the tokens it signed here within {@link #HELD_FOR}.
 */
@Decorator
@Priority(1)
abstract class VerifiedTokens implements JWTParser {

    static final Duration HELD_FOR = Duration.ofMinutes(5);
    /** Tokens held at most; dashboards and integrations send few distinct ones. */
    static final int MAX_HELD = 256;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    JWTParser parser;

    @Inject
    Clock clock;

    @Override
    public JsonWebToken parse(String bearer) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(bearer);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken token = parser.parse(bearer);
        if (token.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
            Instant until = now.plus(HELD_FOR).isBefore(expires) ? now.plus(HELD_FOR) : expires;
            if (verified.size() >= MAX_HELD) {
                verified.values().removeIf(v -> !now.isBefore(v.until()));
                if (verified.size() >= MAX_HELD) {
                    verified.clear();
                }
            }
            verified.put(bearer, new Verified(token, until));
        }
        return token;
    }
}
