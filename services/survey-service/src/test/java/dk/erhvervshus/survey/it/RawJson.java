package dk.erhvervshus.survey.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as JSON text, field by field, so a test can send what no JSON library would
 * write: a key twice, escapes such as {@code \u0000} or a lone {@code \ud800}, a number where a text
 * belongs, or text after the value.
 */
final class RawJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> fields;

    private RawJson(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The fields of one of {@link Bodies}' valid bodies, each written as JSON. */
    static RawJson from(Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((key, value) -> fields.put(key, write(value)));
        return new RawJson(fields);
    }

    static String text(String value) {
        return "\"" + value + "\"";
    }

    RawJson with(String field, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, rawValue);
        return new RawJson(changed);
    }

    /** The object with {@code field} appearing a second time, as given. */
    String withRepeated(String field, String rawValue) {
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
