package dk.erhvervshus.security.probe;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.JwtKeys;
import dk.erhvervshus.stack.Secrets;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/**
 * A throw-away key pair for the probe application, as RealInfraTestResource gives the services;
 * tokens signed here verify there. (The probe needs no database or broker.)
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    private static Secrets secrets;
    private static JwtIssuer issuer;

    @Override
    public Map<String, String> start() {
        secrets = Secrets.temporary();
        JwtKeys keys = JwtKeys.loadOrGenerate(secrets);
        issuer = new JwtIssuer(keys);
        return Map.of("mp.jwt.verify.publickey.location", keys.verifyKeyFile().toString());
    }

    @Override
    public void stop() {
        secrets.close();
    }

    public static String token(String house, String... roles) {
        return issuer.token("probe-client", List.of(roles), house, JwtIssuer.DEFAULT_TTL);
    }

    public static String expired(String house, String role) {
        return issuer.expiredToken(role, house);
    }

    public static String foreign(String house, String role) {
        return issuer.foreignKeyToken(role, house);
    }
}
