package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One bar of a breakdown; {@code name} only where the key is a code (municipalities). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountEntry(String key, String name, long count) {
}
