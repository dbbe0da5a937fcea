package dk.erhvervshus.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the versioned catalogue file of a house and year from
 * {@code reference/catalogue/<house>/<year>.json}. A new contract is a new file, not new code.
 */
public final class GoalCatalogues {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, Optional<GoalCatalogue>> cache = new ConcurrentHashMap<>();

    public Optional<GoalCatalogue> find(String house, int year) {
        return cache.computeIfAbsent(house + "/" + year, key -> read("reference/catalogue/" + key + ".json"));
    }

    private static Optional<GoalCatalogue> read(String resource) {
        try (InputStream in = GoalCatalogues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(MAPPER.readValue(in, GoalCatalogue.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read goal catalogue " + resource, e);
        }
    }
}
