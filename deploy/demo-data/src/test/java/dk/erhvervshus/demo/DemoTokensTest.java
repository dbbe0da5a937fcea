package dk.erhvervshus.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoTokensTest {

    private final Secrets secrets = Secrets.temporary();

    @AfterEach
    void deleteTheSecrets() {
        secrets.close();
    }

    @Test
    void each_demo_client_gets_its_own_role_and_the_feed_acts_for_every_house() throws Exception {
        JwtKeys.loadOrGenerate(secrets);

        DemoTokens tokens = DemoTokens.mint(secrets.dir(), "nordjylland");

        assertClaims(tokens.crm(), "demo-crm-nordjylland", "crm-integration", "nordjylland");
        assertClaims(tokens.staff(), "demo-staff-nordjylland", "house-staff", "nordjylland");
        assertClaims(tokens.surveyFeed(), "demo-erhvervsstyrelsen", "survey-feed", null);
        assertThat(tokens.toString()).doesNotContain(tokens.crm());
    }

    @Test
    void the_tokens_are_signed_with_the_stacks_key() throws Exception {
        JwtKeys keys = JwtKeys.loadOrGenerate(secrets);
        String token = DemoTokens.mint(secrets.dir(), "nordjylland").surveyFeed();

        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.verifyKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void a_stack_that_was_never_started_has_no_key_to_sign_with() {
        assertThatThrownBy(() -> DemoTokens.mint(secrets.dir(), "nordjylland")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DemoTokens.mint(Path.of("/nonexistent/secrets"), "nordjylland"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/nonexistent/secrets");
    }

    private static void assertClaims(String token, String subject, String role, String house) throws Exception {
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("sub").asText()).isEqualTo(subject);
        assertThat(claims.path("groups")).hasSize(1);
        assertThat(claims.path("groups").get(0).asText()).isEqualTo(role);
        if (house == null) {
            assertThat(claims.has("house")).isFalse();
        } else {
            assertThat(claims.path("house").asText()).isEqualTo(house);
        }
        long ttl = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertThat(ttl).isEqualTo(DemoTokens.TTL.toSeconds());
    }
}
