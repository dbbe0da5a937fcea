package dk.erhvervshus.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The houses and their municipalities, read from {@code reference/houses.json}. */
public final class Houses {

    private static final String RESOURCE = "reference/houses.json";

    private final List<House> houses;

    private Houses(List<House> houses) {
        this.houses = List.copyOf(houses);
    }

    /**
     * Houses given in code instead of the data file: for tests that need a second onboarded house
     * (only Nordjylland's municipalities are known so far) to show that houses never meet.
     */
    public static Houses of(List<House> houses) {
        return new Houses(houses);
    }

    public static Houses load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Houses.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new Houses(mapper.readValue(in, File.class).houses());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public Optional<House> find(String houseId) {
        return houses.stream().filter(h -> h.id().equals(houseId)).findFirst();
    }

    public List<House> all() {
        return houses;
    }

    private record File(List<House> houses) {
    }
}
