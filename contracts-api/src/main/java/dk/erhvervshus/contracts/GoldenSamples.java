package dk.erhvervshus.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published example of each event version ({@code contracts/samples/<wire name>.json}) and its
 * JSON Schema ({@code contracts/schemas/<wire name>.schema.json}). Producer and consumer tests read
 * these same files, so both sides are tested against one contract.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String sampleJson(String wireName) {
        return read("contracts/samples/" + wireName + ".json");
    }

    public static String schemaJson(String wireName) {
        return read("contracts/schemas/" + wireName + ".schema.json");
    }

    public static EventEnvelope sample(String wireName) {
        return EventCodec.fromJson(sampleJson(wireName));
    }

    private static String read(String resource) {
        try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
