package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/** Request bodies as the load writes them: absent values are left out, never sent as null. */
final class Json {

    static final String TYPE = "application/json";

    private Json() {
    }

    static ObjectNode object() {
        return Answer.JSON.createObjectNode();
    }

    static ArrayNode array() {
        return Answer.JSON.createArrayNode();
    }

    static ObjectNode put(ObjectNode node, String field, Object value) {
        if (value == null) {
            return node;
        }
        if (value instanceof String text) {
            node.put(field, text);
        } else if (value instanceof Integer number) {
            node.put(field, number);
        } else if (value instanceof Long number) {
            node.put(field, number);
        } else if (value instanceof java.math.BigDecimal number) {
            node.put(field, number);
        } else if (value instanceof Boolean flag) {
            node.put(field, flag);
        } else if (value instanceof Enum<?> code) {
            node.put(field, code.name());
        } else if (value instanceof java.time.LocalDate date) {
            node.put(field, date.toString());
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = node.putArray(field);
            items.forEach(item -> array.add(item instanceof Enum<?> code ? code.name() : String.valueOf(item)));
        } else if (value instanceof JsonNode tree) {
            node.set(field, tree);
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
        return node;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return Answer.JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
