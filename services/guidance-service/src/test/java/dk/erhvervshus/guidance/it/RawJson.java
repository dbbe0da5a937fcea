package dk.erhvervshus.guidance.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as JSON text, field by field, so a test can send what no JSON library would
 * write: a key twice, escapes such as {@code \u0000} or a lone {@code \ud800}, a number where a text
 * belongs, or text after the value.
 */
final class RawJson {

    private final Map<String, String> fields;

    private RawJson(Map<String, String> fields) {
        this.fields = fields;
    }

    static RawJson of(String... keysAndRawValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndRawValues.length; i += 2) {
            fields.put(keysAndRawValues[i], keysAndRawValues[i + 1]);
        }
        return new RawJson(fields);
    }

    static String text(String value) {
        return "\"" + value + "\"";
    }

    /** A valid registration of {@code courseId}, as {@link Courses#registration} but as text. */
    static RawJson registration(String courseId) {
        return of("courseId", text(courseId), "house", text("nordjylland"), "cvr", text("13585628"),
                "companyName", text("Eksempel ApS"), "municipalityCode", text("851"), "category", text("GROWTH"),
                "themes", "[\"DIGITALISATION\", \"GREEN_TRANSITION\"]", "startedOn", text("2023-02-01"),
                "advisor", text("Mette Jensen"), "sustainabilityWheelUsed", "true", "enrolledInEvaluation", "true",
                "origin", text("LOCAL_BUSINESS_OFFICE"));
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
}
