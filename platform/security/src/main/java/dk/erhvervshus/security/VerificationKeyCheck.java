package dk.erhvervshus.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses to start without a key to verify tokens with. smallrye-jwt would otherwise start and
 * reject every token at run time, which looks like an outage rather than a missing setting.
 * There is deliberately no setting that turns verification off.
 */
@ApplicationScoped
public class VerificationKeyCheck {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";

    void onStart(@Observes StartupEvent event, Config config) {
        Optional<String> location = config.getOptionalValue(KEY_LOCATION, String.class).filter(v -> !v.isBlank());
        boolean inline = config.getOptionalValue(KEY, String.class)
                .filter(v -> !v.isBlank() && !v.equals("NONE")).isPresent();
        if (location.isEmpty() && !inline) {
            throw new IllegalStateException("no key to verify bearer tokens with: set " + KEY_LOCATION
                    + " (a PEM or JWKS file, or the identity provider's JWKS URL), e.g. through"
                    + " MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
        location.filter(VerificationKeyCheck::isLocalFile).ifPresent(VerificationKeyCheck::requireReadable);
    }

    /** URLs (the identity provider's JWKS) are fetched by smallrye-jwt; anything else is a file here. */
    static boolean isLocalFile(String location) {
        return !location.startsWith("http:") && !location.startsWith("https:") && !location.startsWith("classpath:");
    }

    private static void requireReadable(String location) {
        Path file = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException(KEY_LOCATION + " names no readable file: " + location);
        }
    }
}
