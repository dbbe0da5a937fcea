package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.erhvervshus.reporting.goals.KeyedCount;

import java.util.List;

/** One bar of a breakdown; {@code name} only where the key is a code (municipalities). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountEntry(String key, String name, long count) {

    static List<CountEntry> ofAll(List<KeyedCount> counts) {
        return counts.stream().map(c -> new CountEntry(c.key(), c.name(), c.count())).toList();
    }
}
