package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Where two JSON answers differ, as paths with both values. */
final class JsonDiff {

    private static final int LISTED = 5;

    private JsonDiff() {
    }

    static List<String> of(JsonNode a, JsonNode b) {
        List<String> differences = new ArrayList<>();
        walk("", a, b, differences);
        return differences;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= LISTED || Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                walk(path + "." + field, a.get(field), b.get(field), out);
            }
            return;
        }
        if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext(); i++) {
                walk(path + "[" + i + "]", left.next(), right.next(), out);
            }
            return;
        }
        out.add((path.isEmpty() ? "." : path) + ": " + brief(a) + " vs " + brief(b));
    }

    private static String brief(JsonNode node) {
        if (node == null) {
            return "absent";
        }
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
