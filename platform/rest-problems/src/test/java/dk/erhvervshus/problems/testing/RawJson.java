package dk.erhvervshus.problems.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as JSON text, field by field, so a test can send what no JSON library would
 * write: a key twice, escapes such as {@code \u0000} or a lone {@code \ud800}, a number where a text
 * belongs, or text after the value. Shared by the services' bad-input tests.
 */
public final class RawJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> fields;

    private RawJson(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Keys and their values as raw JSON text, alternately: {@code of("cvr", text("13585628"), "themes", "[]")}. */
    public static RawJson of(String... keysAndRawValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndRawValues.length; i += 2) {
            fields.put(keysAndRawValues[i], keysAndRawValues[i + 1]);
        }
        return new RawJson(fields);
    }

    /** The fields of a valid body, each written as JSON, ready to be spoiled one at a time. */
    public static RawJson from(Map<String, ?> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((key, value) -> fields.put(key, write(value)));
        return new RawJson(fields);
    }

    /** A JSON text literal of {@code value}, written as given (escapes included). */
    public static String text(String value) {
        return "\"" + value + "\"";
    }

    public RawJson with(String field, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, rawValue);
        return new RawJson(changed);
    }

    /** The object with {@code field} appearing a second time, as given. */
    public String withRepeated(String field, String rawValue) {
        String json = toString();
        return json.substring(0, json.length() - 1) + ", \"" + field + "\": " + rawValue + "}";
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
