package dk.erhvervshus.stack;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs the stack's JWTs: generated on first use into a {@link Secrets}
 * store as PEM files, loaded from there afterwards. Services verify with the public half
 * ({@code mp.jwt.verify.publickey.location} = {@link #verifyKeyFile()}).
 */
public final class JwtKeys {

    /** PKCS#8, {@code -----BEGIN PRIVATE KEY-----}. */
    public static final String SIGNING_KEY = "jwt-signing-key.pem";
    /** X.509 SubjectPublicKeyInfo, {@code -----BEGIN PUBLIC KEY-----}. */
    public static final String VERIFY_KEY = "jwt-verify-key.pem";
    private static final int KEY_BITS = 2048;

    private final RSAPrivateCrtKey signingKey;
    private final RSAPublicKey verifyKey;
    private final Path verifyKeyFile;

    private JwtKeys(RSAPrivateCrtKey signingKey, RSAPublicKey verifyKey, Path verifyKeyFile) {
        this.signingKey = signingKey;
        this.verifyKey = verifyKey;
        this.verifyKeyFile = verifyKeyFile;
    }

    /** The pair stored in secrets; generated and stored first when there is none. */
    public static JwtKeys loadOrGenerate(Secrets secrets) {
        if (secrets.read(SIGNING_KEY).isEmpty()) {
            KeyPair pair = generate();
            secrets.write(SIGNING_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        RSAPrivateCrtKey signingKey = readSigningKey(secrets);
        String verifyPem = pem("PUBLIC KEY", publicKeyOf(signingKey).getEncoded());
        // Derived from the signing key, so a missing or stale verify file is put right here.
        if (!secrets.read(VERIFY_KEY).orElse("").equals(verifyPem)) {
            secrets.write(VERIFY_KEY, verifyPem);
        }
        return load(secrets);
    }

    /** The stored pair, read only; fails when the store has none (the stack was never started). */
    public static JwtKeys load(Secrets secrets) {
        RSAPrivateCrtKey signingKey = readSigningKey(secrets);
        RSAPublicKey verifyKey = publicKeyOf(signingKey);
        String verifyPem = secrets.read(VERIFY_KEY).orElseThrow(() -> new IllegalStateException(
                "no JWT verify key in " + secrets.dir()));
        if (!parsePublicKey(verifyPem).equals(verifyKey)) {
            throw new IllegalStateException(secrets.file(VERIFY_KEY) + " does not belong to " + secrets.file(SIGNING_KEY));
        }
        return new JwtKeys(signingKey, verifyKey, secrets.file(VERIFY_KEY));
    }

    /** A fresh RSA-2048 pair, also for a "foreign" key in tests. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    public RSAPrivateCrtKey signingKey() {
        return signingKey;
    }

    public RSAPublicKey verifyKey() {
        return verifyKey;
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public Path verifyKeyFile() {
        return verifyKeyFile;
    }

    /** Reads an X.509 {@code PUBLIC KEY} PEM, as a service does. */
    public static RSAPublicKey parsePublicKey(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }

    private static RSAPrivateCrtKey readSigningKey(Secrets secrets) {
        String pem = secrets.read(SIGNING_KEY).orElseThrow(() -> new IllegalStateException(
                "no JWT signing key in " + secrets.dir()));
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the JWT signing key " + secrets.file(SIGNING_KEY), e);
        }
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the JWT verify key", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
