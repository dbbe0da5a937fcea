package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict reading every service gets, on a plain mapper with exactly the services' rules. */
class StrictJsonTest {

    record Course(String cvr, Boolean wheelUsed, Integer year, BigDecimal fte, List<String> themes, Item item) {
    }

    record Item(String name) {
    }

    /** As Quarkus configures it (unknown properties ignored), plus the strict rules. */
    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private Problem problemReading(String json) {
        try {
            mapper.readValue(json, Course.class);
        } catch (JsonProcessingException e) {
            return Problems.malformed(e);
        }
        throw new AssertionError("expected " + json + " to be refused");
    }

    /** JSON where a quote is written ' (to keep the table readable). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{'cvr': 13585628}                       | cvr       | expected a text",
            "{'cvr': 1.5}                            | cvr       | expected a text",
            "{'cvr': true}                           | cvr       | expected a text",
            "{'wheelUsed': -1}                       | wheelUsed | expected true or false",
            "{'wheelUsed': 1}                        | wheelUsed | expected true or false",
            "{'wheelUsed': 'true'}                   | wheelUsed | expected true or false",
            "{'year': '2023'}                        | year      | expected a whole number",
            "{'year': 2023.5}                        | year      | expected a whole number",
            "{'year': 2023.0}                        | year      | expected a whole number",
            "{'year': ''}                            | year      | expected a whole number",
            "{'fte': '12.5'}                         | fte       | expected a number",
            "{'themes': ['GREEN', 7]}                | themes[1] | expected a text",
            "{'item': {'name': 4}}                   | item.name | expected a text",
            "{'year': 99999999999}                   | year      | out of range"})
    void no_value_is_coerced_into_another_type(String json, String field, String reason) {
        Problem problem = problemReading(json.replace('\'', '"'));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(reason);
        });
        assertThat(problem.detail()).doesNotContain("dk.erhvervshus", "java.lang");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{'cvr': '13585628', 'cvr': '19319970'}       | cvr",
            "{'item': {'name': 'a', 'name': 'b'}}         | item.name"})
    void a_key_twice_in_one_object_is_refused_naming_the_key(String json, String field) {
        Problem problem = problemReading(json.replace('\'', '"'));

        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains("more than once");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{'cvr': '13585628'}xyz", "{'cvr': '13585628'}{'cvr': '1'}", "{} []"})
    void anything_after_the_json_value_is_refused(String json) {
        Problem problem = problemReading(json.replace('\'', '"'));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.detail()).doesNotContain("dk.erhvervshus");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{'cvr': 'a\\u0000b'}                    | cvr       | U+0000",
            "{'cvr': '\\ud800'}                      | cvr       | unpaired surrogate",
            "{'themes': ['GREEN', 'x\\u0000']}       | themes[1] | U+0000",
            "{'item': {'name': 'bell\\u0007'}}        | item.name | control characters"})
    void a_text_with_nul_a_control_character_or_a_lone_surrogate_is_a_bad_field(String json, String field,
                                                                             String reason) {
        Problem problem = problemReading(json.replace('\'', '"'));

        assertThat(problem.type()).endsWith("/validation-failed");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(reason);
        });
    }

    @Test
    void broken_syntax_inside_a_nested_value_names_its_path_and_where() {
        Problem problem = problemReading("{\"item\": {\"name\": tru}}");

        assertThat(problem.type()).endsWith("/malformed-request");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("item.name");
            assertThat(error.message()).startsWith("is not valid JSON (line 1");
        });
    }

    @Test
    void an_item_bound_from_a_tree_is_checked_the_same_way_with_paths_relative_to_the_item() throws Exception {
        JsonNode tree = mapper.readTree("{\"items\": [{\"name\": \"ok\"}, {\"name\": \"a\\u0000\"}]}");

        assertThat(mapper.treeToValue(tree.get("items").get(0), Item.class).name()).isEqualTo("ok");
        try {
            mapper.treeToValue(tree.get("items").get(1), Item.class);
            throw new AssertionError("expected the second item to be refused");
        } catch (JsonProcessingException e) {
            assertThat(Problems.malformed(e).errors()).extracting(ProblemField::field).containsExactly("name");
        }
    }

    @Test
    void decimals_are_read_exactly_also_through_a_tree() throws Exception {
        String exact = "{\"fte\": 1234567890123.123456}";

        assertThat(mapper.readValue(exact, Course.class).fte()).isEqualByComparingTo("1234567890123.123456");
        assertThat(mapper.treeToValue(mapper.readTree(exact), Course.class).fte())
                .isEqualByComparingTo("1234567890123.123456");
    }

    @Test
    void well_typed_json_is_read_as_before() throws Exception {
        Course course = mapper.readValue("{\"cvr\": \"13585628\", \"wheelUsed\": false, \"year\": 2023, \"fte\": 12.5,"
                + " \"themes\": [\"GREEN\"], \"item\": {\"name\": \"Æble 😀\"}, \"unknown\": 1}", Course.class);

        assertThat(course).isEqualTo(new Course("13585628", false, 2023, new BigDecimal("12.5"), List.of("GREEN"),
                new Item("Æble 😀")));
    }
}
