package dk.erhvervshus.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the versioned catalogue file of a house and year from
 * {@code reference/catalogue/<house>/<year>.json}. A new contract is a new file, not new code.
 *
 * <p>The house and year come from request paths, so only a known house (from {@link Houses}) and a
 * year from {@link #FIRST_YEAR} to {@link #LAST_YEAR} are looked up and cached; anything else is
 * answered "no catalogue" without touching the classpath. The cache therefore holds at most
 * houses × years entries, whatever clients ask for.
 */
public final class GoalCatalogues {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Houses houses;
    private final Map<String, Optional<GoalCatalogue>> cache = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> yearsByHouse = new ConcurrentHashMap<>();

    /** The catalogues of the houses in {@code reference/houses.json}. */
    public GoalCatalogues() {
        this(Houses.load());
    }

    public GoalCatalogues(Houses houses) {
        this.houses = houses;
    }

    public Optional<GoalCatalogue> find(String house, int year) {
        if (house == null || houses.find(house).isEmpty() || year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(house + "/" + year, key -> read("reference/catalogue/" + key + ".json"));
    }

    /**
     * The years from {@link #FIRST_YEAR} to {@link #LAST_YEAR} for which the house has a catalogue, in
     * order; none for an unknown house. Every year is looked up once (class-path folders cannot be
     * listed inside a jar) and the list is kept per known house, so both caches stay within their bound.
     */
    public List<Integer> years(String house) {
        if (house == null || houses.find(house).isEmpty()) {
            return List.of();
        }
        return yearsByHouse.computeIfAbsent(house, this::lookUpYears);
    }

    private List<Integer> lookUpYears(String house) {
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (find(house, year).isPresent()) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    /** How many house-years have been looked up; bounded by the known houses and years. */
    int cachedEntries() {
        return cache.size();
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
