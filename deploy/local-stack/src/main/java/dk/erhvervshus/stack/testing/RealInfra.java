package dk.erhvervshus.stack.testing;

import dk.erhvervshus.stack.JwtIssuer;
import dk.erhvervshus.stack.KafkaBroker;
import dk.erhvervshus.stack.PostgresServer;

/**
 * What the most recently started {@link RealInfraTestResource} runs. Its accessors are the
 * resource's own; this class exists for test helpers shipped in modules that compile without
 * Quarkus' test API (such as event-store's test jar), which cannot refer to the resource class.
 */
public final class RealInfra {

    private static volatile PostgresServer postgres;
    private static volatile KafkaBroker broker;
    private static volatile JwtIssuer tokens;

    private RealInfra() {
    }

    static void started(PostgresServer startedPostgres, KafkaBroker startedBroker, JwtIssuer startedTokens) {
        postgres = startedPostgres;
        broker = startedBroker;
        tokens = startedTokens;
    }

    public static KafkaBroker broker() {
        return requireStarted(broker);
    }

    public static PostgresServer postgres() {
        return requireStarted(postgres);
    }

    public static JwtIssuer tokens() {
        return requireStarted(tokens);
    }

    private static <T> T requireStarted(T value) {
        if (value == null) {
            throw new IllegalStateException("RealInfraTestResource has not been started");
        }
        return value;
    }
}
