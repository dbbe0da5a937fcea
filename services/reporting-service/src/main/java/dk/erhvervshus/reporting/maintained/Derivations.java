package dk.erhvervshus.reporting.maintained;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The derivations of house-years as this instance hears of them: every derivation, on any
 * instance, sends {@code NOTIFY goal_changes} with its house-year, and {@link GoalChangeFeed}
 * passes it on here. A read waiting for a write to be derived looks again when the next one comes,
 * instead of looking every few milliseconds.
 */
@ApplicationScoped
public class Derivations {

    private final ConcurrentHashMap<String, CompletableFuture<Void>> next = new ConcurrentHashMap<>();

    /**
     * Completes at the next derivation of the house-year this instance hears of after the call. Ask
     * before looking at the tables, so a derivation committed after the look is not missed.
     */
    public CompletionStage<Void> next(String house, int year) {
        // A stage of its own: a waiter that gives up (and cancels it) leaves the others waiting.
        return next.computeIfAbsent(key(house, year), k -> new CompletableFuture<>()).thenApply(v -> v);
    }

    /** @param houseYear the notification's payload, {@code house:year} */
    void derived(String houseYear) {
        CompletableFuture<Void> waiting = next.remove(houseYear);
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    static String key(String house, int year) {
        return house + ":" + year;
    }
}
