package dk.erhvervshus.reporting.goals;

/** One bar of a breakdown; {@code name} is the display name where the key is a code (municipalities). */
public record KeyedCount(String key, String name, long count) {
}
