package dk.erhvervshus.e2e.chaos;

import java.time.Duration;

/**
 * How big a chaos run is and what it does besides its rounds, read from system properties (which
 * {@code bench/chaos} passes through Maven):
 *
 * <table>
 *   <tr><td>{@code chaos.rounds}</td><td>rounds, each with one SIGKILL (3)</td></tr>
 *   <tr><td>{@code chaos.events}</td><td>events the seeded load sends over all rounds (3,000)</td></tr>
 *   <tr><td>{@code chaos.seed}</td><td>the seed of the load and of every random choice (20231231)</td></tr>
 *   <tr><td>{@code chaos.broker-outage}</td><td>seconds the broker is down under load after the rounds; 0: none (15)</td></tr>
 *   <tr><td>{@code chaos.postgres-outage}</td><td>seconds PostgreSQL is down under load after that; 0: none (8)</td></tr>
 *   <tr><td>{@code chaos.strict-retry-after}</td><td>every write answered while PostgreSQL is down must be a 2xx or a
 *       503 with {@code Retry-After} (true; false: other answers are counted and shown, not failed)</td></tr>
 *   <tr><td>{@code chaos.strict-order}</td><td>a CRM change applied before an earlier change of the same course in its
 *       batch makes the run unclean (true; false: counted and shown, not failed)</td></tr>
 * </table>
 */
record ChaosSettings(int rounds, int events, long seed, Duration brokerOutage, Duration postgresOutage,
                     boolean strictRetryAfter, boolean strictOrder) {

    ChaosSettings {
        if (rounds < 1 || events < rounds * 100) {
            throw new IllegalArgumentException("a chaos run needs at least one round and 100 events per round, not "
                    + rounds + " rounds and " + events + " events");
        }
    }

    static ChaosSettings fromSystemProperties() {
        return new ChaosSettings(
                Integer.getInteger("chaos.rounds", 3),
                Integer.getInteger("chaos.events", 3_000),
                Long.getLong("chaos.seed", 20231231L),
                Duration.ofSeconds(Long.getLong("chaos.broker-outage", 15)),
                Duration.ofSeconds(Long.getLong("chaos.postgres-outage", 8)),
                strict("chaos.strict-retry-after"),
                strict("chaos.strict-order"));
    }

    /** Strict unless told otherwise: a judgement is switched off only on purpose. */
    private static boolean strict(String property) {
        return !"false".equals(System.getProperty(property));
    }

    int eventsPerRound() {
        return events / rounds;
    }

    @Override
    public String toString() {
        return rounds + " rounds, " + events + " events, seed " + seed + ", broker outage " + brokerOutage.toSeconds()
                + " s, PostgreSQL outage " + postgresOutage.toSeconds() + " s"
                + (strictRetryAfter ? ", strict Retry-After" : "") + (strictOrder ? ", strict order" : "");
    }
}
