package dk.erhvervshus.security.probe;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** A throw-away key pair for the probe application; tokens signed here verify there. */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    private static KeyPair trusted;
    private static KeyPair foreign;

    @Override
    public Map<String, String> start() {
        trusted = newPair();
        foreign = newPair();
        try {
            Path publicKey = Files.createTempFile("probe-", ".pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(trusted.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            publicKey.toFile().deleteOnExit();
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    public static String token(String house, String... roles) {
        return sign(trusted, house, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String expired(String house, String... roles) {
        return sign(trusted, house, Instant.now().minus(Duration.ofMinutes(10)), roles);
    }

    public static String foreign(String house, String... roles) {
        return sign(foreign, house, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    private static String sign(KeyPair keys, String house, Instant expiresAt, String... roles) {
        var claims = Jwt.issuer("urn:erhvervshus:local").audience("erhvervshus-goals").subject("probe-client")
                .groups(Set.of(roles)).issuedAt(expiresAt.minus(Duration.ofHours(2))).expiresAt(expiresAt);
        if (house != null) {
            claims.claim("house", house);
        }
        return claims.sign(keys.getPrivate());
    }

    private static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
