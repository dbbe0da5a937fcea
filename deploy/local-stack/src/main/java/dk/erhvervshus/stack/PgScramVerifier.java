package dk.erhvervshus.stack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A password in the form PostgreSQL stores for SCRAM-SHA-256 (RFC 5802/7677):
 * {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>}. {@code ALTER ROLE ... PASSWORD}
 * given this form stores it as is, so the plain password never reaches the server: not in its
 * statement log, not in {@code pg_stat_activity}. Our passwords are ASCII, for which SASLprep
 * changes nothing.
 */
final class PgScramVerifier {

    /** PostgreSQL's own default (scram_iterations). */
    private static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PgScramVerifier() {
    }

    static String of(String password) {
        for (char c : password.toCharArray()) {
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("only printable ASCII passwords are supported");
            }
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        try {
            byte[] saltedPassword = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
            byte[] clientKey = hmac(saltedPassword, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(saltedPassword, "Server Key");
            Base64.Encoder base64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + ITERATIONS + ":" + base64.encodeToString(salt)
                    + "$" + base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SCRAM-SHA-256 is not available in this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
    }
}
