package dk.erhvervshus.reporting.maintained;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The derivations of house-years as this instance hears of them: every derivation, on any
 * instance, sends {@code NOTIFY goal_changes} with its house-year and the mark it was derived from
 * ({@code house:year:seq}), and {@link GoalChangeFeed} passes it on here. A read waiting for a
 * write to be derived knows from it, without asking the tables, whether the house-year is derived
 * from the mark it waits for.
 */
@ApplicationScoped
public class Derivations {

    private final ConcurrentHashMap<String, Long> newestHeard = new ConcurrentHashMap<>();

    /** What a derivation's notification says. */
    public record Heard(String houseYear, long derivedSeq) {
    }

    /** Whether this instance heard of a derivation of the house-year from {@code mark} or a newer one. */
    public boolean heardDerivedFrom(String house, int year, long mark) {
        Long heard = newestHeard.get(key(house, year));
        return heard != null && heard >= mark;
    }

    void derived(Heard heard) {
        newestHeard.merge(heard.houseYear(), heard.derivedSeq(), Math::max);
    }

    static String payload(String house, int year, long derivedSeq) {
        return key(house, year) + ":" + derivedSeq;
    }

    /**
     * A payload {@code house:year:seq} (house ids hold no colon). An instance of the version before
     * sends {@code house:year}: its derivation is heard of, from no known mark.
     */
    static Heard parse(String payload) {
        String[] parts = payload.split(":", -1);
        if (parts.length == 2) {
            return new Heard(payload, -1);
        }
        return new Heard(key(parts[0], Integer.parseInt(parts[1])), Long.parseLong(parts[2]));
    }

    /** How a house-year is named in the notifications and in what is held per house-year. */
    static String key(String house, int year) {
        return house + ":" + year;
    }
}
