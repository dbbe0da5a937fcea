package dk.erhvervshus.demo;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.Secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The bearer tokens of the demo's clients, signed with the local stack's key as its identity
 * provider would sign them: the house's CRM integration, the house's staff (activity reports) and
 * Erhvervsstyrelsen's national survey feed (no house claim). Minted once per run, valid for an hour.
 */
record DemoTokens(String crm, String staff, String surveyFeed) {

    static final Duration TTL = Duration.ofHours(1);

    /** Reads the key pair of a stack's secrets directory (never creates one: a stack that was never started has none). */
    static DemoTokens mint(Path secretsDir, String house) {
        if (!Files.isDirectory(secretsDir)) {
            throw new IllegalArgumentException("no secrets directory " + secretsDir
                    + " (the local stack's is $ERHVERVSHUS_STACK_DIR/secrets, created by deploy/local/start)");
        }
        return mint(JwtKeys.load(Secrets.in(secretsDir)), house);
    }

    static DemoTokens mint(JwtKeys keys, String house) {
        JwtIssuer issuer = new JwtIssuer(keys);
        return new DemoTokens(
                issuer.token("demo-crm-" + house, List.of("crm-integration"), house, TTL),
                issuer.token("demo-staff-" + house, List.of("house-staff"), house, TTL),
                issuer.token("demo-erhvervsstyrelsen", List.of("survey-feed"), null, TTL));
    }

    @Override
    public String toString() {
        // Tokens are credentials: never printed.
        return "DemoTokens[crm, staff, surveyFeed]";
    }
}
