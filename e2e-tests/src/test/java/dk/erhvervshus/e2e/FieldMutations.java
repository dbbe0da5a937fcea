package dk.erhvervshus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Values that are invalid for a field by construction, each as an {@link Edit} of the object that
 * holds the field: the wrong JSON type, a required field missing, null or blank, the text rules
 * broken (U+0000 and other C0 controls, a lone surrogate, bytes that are not UTF-8), and the
 * field's own rules (an unknown code, a malformed or out-of-window date, a bad CVR, an over-long
 * text, a number out of range, a bad list).
 */
final class FieldMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B",
            "\u000C", "\u001B", "\u001F");
    private static final List<String> NOT_ID_CHARACTERS = List.of(" ", ":", "/", "é", "#", "+", "*", "ø", "?", "\\");
    private static final List<String> UNKNOWN_CODES = List.of("NOT_A_CODE", "X", "0", "UNKNOWN", "Ukendt svar", "growth_");
    private static final List<String> UNKNOWN_HOUSES = List.of("atlantis", "midtjylland", "nord-jylland", "NJ");
    private static final List<String> UNKNOWN_MUNICIPALITIES = List.of("101", "999", "85", "8510", "abc");
    private static final List<String> MALFORMED_DATES = List.of("2023-02-30", "2023-13-01", "2023-00-10", "2023-1-5",
            "20230201", "2023/02/01", "yesterday", "2023-02-01T10:00:00", "31-02-2023", "32.01.2023", "2023-02");
    private static final List<String> DATES_OUT_OF_WINDOW = List.of("1999-12-31", "1900-01-01",
            TODAY.plusDays(2).toString(), TODAY.plusYears(1).toString(), "2999-12-31");
    private static final List<String> BAD_DATE_TIMES = List.of("2023-02-30T09:00:00Z", "2023-13-01T09:00:00Z",
            "2023-02-01T25:00:00Z", "yesterday", "1999-12-31T09:00:00Z", TODAY.plusDays(2) + "T09:00:00Z");
    private static final List<Long> YEARS_OUT_OF_WINDOW = List.of(1999L, 1900L, (long) TODAY.getYear() + 1, 3000L,
            -2023L, 0L);

    private FieldMutations() {
    }

    /** Any invalid value for any of these fields. */
    static Arbitrary<Edit<ObjectNode>> ofAny(List<Field> fields) {
        return Arbitraries.oneOf(fields.stream().map(FieldMutations::of).toList());
    }

    static Arbitrary<Edit<ObjectNode>> of(Field field) {
        List<Arbitrary<Edit<ObjectNode>>> choices = new ArrayList<>();
        choices.add(wrongType(field));
        if (field.required()) {
            choices.add(Arbitraries.just(edit(field, "missing", o -> o.remove(field.name()))));
            choices.add(Arbitraries.just(set(field, "null", NullNode.getInstance())));
            if (field.isText()) {
                choices.add(Arbitraries.of("", "   ").map(blank -> set(field, "blank", TextNode.valueOf(blank))));
            }
        }
        if (field.isText()) {
            choices.add(brokenTextRule(field));
        }
        choices.addAll(ownRules(field));
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<Edit<ObjectNode>> wrongType(Field field) {
        List<Supplier<JsonNode>> values = switch (field.kind()) {
            case ID, TEXT, CODE, HOUSE, MUNICIPALITY, CVR, DATE, DATE_TIME -> List.of(() -> IntNode.valueOf(42),
                    () -> BooleanNode.TRUE, () -> DecimalNode.valueOf(new BigDecimal("1.5")), JSON::arrayNode,
                    JSON::objectNode, () -> JSON.arrayNode().add("x"));
            case YEAR, INTEGER -> List.of(() -> TextNode.valueOf("2023"), () -> BooleanNode.TRUE,
                    () -> DecimalNode.valueOf(new BigDecimal("2023.5")), JSON::arrayNode, JSON::objectNode,
                    () -> TextNode.valueOf(""));
            case DECIMAL -> List.of(() -> TextNode.valueOf("10"), () -> BooleanNode.TRUE, JSON::arrayNode,
                    JSON::objectNode, () -> TextNode.valueOf(""));
            case BOOLEAN -> List.of(() -> IntNode.valueOf(1), () -> IntNode.valueOf(0), () -> IntNode.valueOf(-1),
                    () -> TextNode.valueOf("true"), () -> TextNode.valueOf("yes"), () -> TextNode.valueOf(""),
                    JSON::arrayNode, JSON::objectNode);
            case CODE_LIST, CVR_LIST -> List.of(() -> TextNode.valueOf("INNOVATION"), () -> IntNode.valueOf(1),
                    JSON::objectNode, () -> BooleanNode.TRUE);
        };
        return Arbitraries.of(values).map(value -> {
            JsonNode node = value.get();
            return set(field, "wrong type " + node, node);
        });
    }

    /** A C0 control character other than tab/LF/CR, a lone surrogate or non-UTF-8 bytes, inserted into the value. */
    private static Arbitrary<Edit<ObjectNode>> brokenTextRule(Field field) {
        List<String> insertions = new ArrayList<>(CONTROL_CHARACTERS);
        insertions.add(JsonDraft.LONE_HIGH_SURROGATE);
        insertions.add(JsonDraft.LONE_LOW_SURROGATE);
        if (field.kind() != Field.Kind.TEXT) {
            // Only where a replacement character would be invalid too, should a reader replace the bytes.
            insertions.add(JsonDraft.NOT_UTF8);
        }
        return Combinators.combine(Arbitraries.of(insertions), Arbitraries.doubles().between(0, 1))
                .as((insertion, at) -> edit(field, "text rule broken: " + describe(insertion), o -> {
                    String value = o.path(field.name()).isTextual() ? o.get(field.name()).asText() : "x";
                    int position = (int) Math.floor(at * value.length());
                    o.put(field.name(), value.substring(0, position) + insertion + value.substring(position));
                }));
    }

    private static List<Arbitrary<Edit<ObjectNode>>> ownRules(Field field) {
        return switch (field.kind()) {
            case ID -> List.of(
                    Arbitraries.integers().between(101, 300).map(n -> set(field, "over-long (" + n + ")", TextNode.valueOf("a".repeat(n)))),
                    Combinators.combine(Arbitraries.of(NOT_ID_CHARACTERS), Arbitraries.doubles().between(0, 1))
                            .as((c, at) -> edit(field, "character '" + c + "'", o -> {
                                // Inside the id: ids are stripped, so a space at either end would be valid.
                                String value = o.path(field.name()).asText("id");
                                value = value.length() < 2 ? "id" : value;
                                int position = Math.min(value.length() - 1, 1 + (int) Math.floor(at * (value.length() - 1)));
                                o.put(field.name(), value.substring(0, position) + c + value.substring(position));
                            })));
            case TEXT -> List.of(Combinators.combine(Arbitraries.integers().between(1, 300), Arbitraries.of("x", "æ", "€"))
                    .as((extra, c) -> set(field, "over-long (" + (field.maxLength() + extra) + ")",
                            TextNode.valueOf(c.repeat(field.maxLength() + extra)))));
            case CODE -> List.of(Arbitraries.of(UNKNOWN_CODES).map(c -> set(field, "unknown code", TextNode.valueOf(c))));
            case HOUSE -> List.of(Arbitraries.of(UNKNOWN_HOUSES).map(h -> set(field, "unknown or other house", TextNode.valueOf(h))));
            case MUNICIPALITY -> List.of(Arbitraries.of(UNKNOWN_MUNICIPALITIES)
                    .map(m -> set(field, "not the house's municipality", TextNode.valueOf(m))));
            case CVR -> List.of(badCvr(field));
            case DATE -> List.of(
                    Arbitraries.of(MALFORMED_DATES).map(d -> set(field, "malformed date", TextNode.valueOf(d))),
                    Arbitraries.of(DATES_OUT_OF_WINDOW).map(d -> set(field, "date out of window", TextNode.valueOf(d))));
            case DATE_TIME -> List.of(Arbitraries.of(BAD_DATE_TIMES).map(d -> set(field, "bad date-time", TextNode.valueOf(d))));
            case YEAR -> List.of(Arbitraries.of(YEARS_OUT_OF_WINDOW).map(y -> set(field, "year out of window", LongNode.valueOf(y))));
            case INTEGER -> List.of(Arbitraries.of(outOfRange(field)).map(n -> set(field, "out of range", LongNode.valueOf(n))));
            case DECIMAL -> List.of(Arbitraries.of("-1", "-0.000001", "1000000000000000", "0.1234567", "-12500000.75")
                    .map(d -> set(field, "decimal out of range", DecimalNode.valueOf(new BigDecimal(d)))));
            case BOOLEAN -> List.of();
            case CODE_LIST -> List.of(badList(field, () -> TextNode.valueOf("INNOVATION"), () -> TextNode.valueOf("NOT_A_THEME"), 1000));
            case CVR_LIST -> List.of(badList(field, () -> TextNode.valueOf(FreshIds.cvr()), () -> TextNode.valueOf("12345678"), 5001));
        };
    }

    private static Arbitrary<Edit<ObjectNode>> badCvr(Field field) {
        return Arbitraries.of("checksum", "00000000", "leading space", "trailing space", "space inside", "7 digits",
                "9 digits", "JSON number", "letter", "minus").map(kind -> edit(field, "bad CVR: " + kind, o -> {
            String valid = o.path(field.name()).isTextual() && o.get(field.name()).asText().matches("\\d{8}")
                    ? o.get(field.name()).asText() : FreshIds.cvr();
            switch (kind) {
                // Changing one digit always breaks modulus 11: the weights are below 11 and 11 is prime.
                case "checksum" -> o.put(field.name(), valid.substring(0, 7) + (char) ('0' + (valid.charAt(7) - '0' + 1) % 10));
                case "00000000" -> o.put(field.name(), "00000000");
                case "leading space" -> o.put(field.name(), " " + valid);
                case "trailing space" -> o.put(field.name(), valid + " ");
                case "space inside" -> o.put(field.name(), valid.substring(0, 4) + " " + valid.substring(4));
                case "7 digits" -> o.put(field.name(), valid.substring(0, 7));
                case "9 digits" -> o.put(field.name(), valid + "1");
                case "JSON number" -> o.put(field.name(), Long.parseLong(valid));
                case "letter" -> o.put(field.name(), valid.substring(0, 7) + "A");
                default -> o.put(field.name(), "-" + valid.substring(1));
            }
        }));
    }

    /** Empty, an invalid or wrongly typed item, an item twice, or far too many items. */
    private static Arbitrary<Edit<ObjectNode>> badList(Field field, Supplier<JsonNode> validItem,
                                                       Supplier<JsonNode> invalidItem, int oversize) {
        return Arbitraries.of("empty", "invalid item", "item twice", "number item", "null item", "oversize")
                .map(kind -> edit(field, "list " + kind, o -> {
                    ArrayNode list = JSON.arrayNode();
                    JsonNode item = validItem.get();
                    switch (kind) {
                        case "empty" -> { }
                        case "invalid item" -> list.add(item).add(invalidItem.get());
                        case "item twice" -> list.add(item).add(item.deepCopy());
                        case "number item" -> list.add(item).add(42);
                        case "null item" -> list.add(item).addNull();
                        default -> {
                            for (int i = 0; i < oversize; i++) {
                                list.add(validItem.get());
                            }
                        }
                    }
                    o.set(field.name(), list);
                }));
    }

    private static List<Long> outOfRange(Field field) {
        List<Long> values = new ArrayList<>(List.of(field.min() - 1, field.min() - 1000));
        if (field.max() < Long.MAX_VALUE) {
            // Beyond an int too; only for a bounded field, where it is invalid whatever the Java type.
            values.add(field.max() + 1);
            values.add(10_000_000_000L);
        }
        return values;
    }

    static Edit<ObjectNode> set(Field field, String what, JsonNode value) {
        return edit(field, what, o -> o.set(field.name(), value.deepCopy()));
    }

    private static Edit<ObjectNode> edit(Field field, String what, java.util.function.Consumer<ObjectNode> change) {
        return new Edit<>(field.name() + ": " + what, change);
    }

    private static String describe(String insertion) {
        return switch (insertion) {
            case JsonDraft.LONE_HIGH_SURROGATE -> "lone \\ud800";
            case JsonDraft.LONE_LOW_SURROGATE -> "lone \\udc00";
            case JsonDraft.NOT_UTF8 -> "bytes C3 28 FF";
            default -> String.format("U+%04X", (int) insertion.charAt(0));
        };
    }
}
