package dk.erhvervshus.survey.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemTranslator;
import dk.erhvervshus.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the items of a JSON array one at a time, so that an item of the wrong shape (a text where
 * an object belongs, an object where a text belongs) is rejected on its own instead of failing the
 * whole batch. Field paths in an item's problem are relative to the item.
 */
final class JsonBatch {

    /** One item: the request it binds to, or why it does not bind. */
    record Item<T>(T request, Problem problem) {
    }

    private JsonBatch() {
    }

    static <T> List<Item<T>> read(JsonNode array, int maxItems, Class<T> type, ObjectMapper mapper,
                                  ProblemTranslator problems) {
        if (array.size() > maxItems) {
            throw InvalidInputException.of("body", "at most " + maxItems + " items per batch, got " + array.size());
        }
        List<Item<T>> items = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            if (!node.isObject()) {
                items.add(new Item<>(null, problems.of(InvalidInputException.of("item", "must be a JSON object"))));
                continue;
            }
            try {
                items.add(new Item<>(mapper.treeToValue(node, type), null));
            } catch (JsonProcessingException wrongShape) {
                items.add(new Item<>(null, problems.of(wrongShape)));
            }
        }
        return items;
    }
}
