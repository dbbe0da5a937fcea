package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class JwtIssuerTest {

    @TempDir
    Path dir;

    @Test
    void the_key_pair_is_generated_once_as_private_pem_files() throws Exception {
        Secrets secrets = Secrets.in(dir.resolve("secrets"));

        JwtKeys keys = JwtKeys.loadOrGenerate(secrets);

        Path signing = secrets.file(JwtKeys.SIGNING_KEY);
        Path verify = secrets.file(JwtKeys.VERIFY_KEY);
        assertThat(Files.readString(signing)).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(verify)).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.getPosixFilePermissions(signing)).isEqualTo(PrivateFiles.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(verify)).isEqualTo(PrivateFiles.FILE_MODE);
        assertThat(keys.verifyKeyFile()).isEqualTo(verify);
        assertThat(keys.verifyKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(JwtKeys.loadOrGenerate(secrets).verifyKey()).as("loaded, not generated again").isEqualTo(keys.verifyKey());
        assertThat(JwtKeys.load(secrets).verifyKey()).isEqualTo(keys.verifyKey());
    }

    @Test
    void a_token_verifies_with_the_public_key_file_and_carries_the_claims() throws Exception {
        JwtKeys keys = JwtKeys.loadOrGenerate(Secrets.in(dir.resolve("secrets")));
        RSAPublicKey publicKey = JwtKeys.parsePublicKey(Files.readString(keys.verifyKeyFile()));

        String token = new JwtIssuer(keys).token("kim", List.of("dashboard", "house-staff"), "nordjylland", Duration.ofHours(2));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(verifies(token, publicKey)).isTrue();
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"local-1\"}");
        String claims = decode(parts[1]);
        assertThat(claims).contains("\"iss\":\"urn:erhvervshus:local\"", "\"aud\":\"erhvervshus-goals\"", "\"sub\":\"kim\"",
                "\"upn\":\"kim\"", "\"groups\":[\"dashboard\",\"house-staff\"]", "\"house\":\"nordjylland\"");
        long iat = number(claims, "iat");
        assertThat(Math.abs(iat - Instant.now().getEpochSecond())).isLessThan(60);
        assertThat(number(claims, "exp") - iat).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThat(claims).containsPattern("\"jti\":\"[0-9a-f-]{36}\"");
    }

    @Test
    void a_token_without_a_house_has_no_house_claim_and_a_default_subject() throws Exception {
        JwtIssuer issuer = new JwtIssuer(JwtKeys.loadOrGenerate(Secrets.in(dir.resolve("secrets"))));

        String claims = decode(issuer.token("national", null).split("\\.")[1]);

        assertThat(claims).doesNotContain("house").contains("\"sub\":\"local-national\"", "\"groups\":[\"national\"]");
        assertThat(number(claims, "exp") - number(claims, "iat")).isEqualTo(JwtIssuer.DEFAULT_TTL.toSeconds());
    }

    @Test
    void an_expired_token_expired_ten_minutes_ago_and_is_otherwise_valid() throws Exception {
        JwtKeys keys = JwtKeys.loadOrGenerate(Secrets.in(dir.resolve("secrets")));

        String token = new JwtIssuer(keys).expiredToken("dashboard", "nordjylland");

        assertThat(verifies(token, keys.verifyKey())).isTrue();
        long exp = number(decode(token.split("\\.")[1]), "exp");
        assertThat(Instant.now().getEpochSecond() - exp).isBetween(590L, 660L);
    }

    @Test
    void a_foreign_key_token_does_not_verify_with_the_stacks_key() throws Exception {
        JwtKeys keys = JwtKeys.loadOrGenerate(Secrets.in(dir.resolve("secrets")));

        String token = new JwtIssuer(keys).foreignKeyToken("dashboard", "nordjylland");

        assertThat(verifies(token, keys.verifyKey())).isFalse();
        assertThat(decode(token.split("\\.")[0])).contains("\"kid\":\"local-1\"");
        long exp = number(decode(token.split("\\.")[1]), "exp");
        assertThat(exp).isGreaterThan(Instant.now().getEpochSecond());
    }

    private static boolean verifies(String token, RSAPublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static long number(String json, String claim) {
        Matcher matcher = Pattern.compile("\"" + claim + "\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as(claim + " in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
