package dk.erhvervshus.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request under construction. Mutations change the tree first; then what cannot be said as
 * a tree is applied to its text, in a fixed order that never repairs an earlier mutation: another
 * top-level value, a key repeated, then either text after the value or a cut inside it (never both:
 * a cut followed by a closing bracket could complete the JSON again), the escapes and bytes no
 * Java string can carry, and last padding, the Content-Type and the query.
 */
final class JsonDraft {

    /** Stands for the JSON escape of a lone high surrogate, which Jackson cannot write. */
    static final String LONE_HIGH_SURROGATE = "\uE000h";
    /** Stands for the JSON escape of a lone low surrogate. */
    static final String LONE_LOW_SURROGATE = "\uE000l";
    /** Stands for bytes that are not UTF-8. */
    static final String NOT_UTF8 = "\uE000b";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonNode tree;
    String otherTopLevel;
    String repeatedKey;
    String textAfter;
    Double cutAt;
    /** A Content-Length larger than the body (0: the body's own). */
    long announcedLength;
    String contentType = "application/json";
    String query = "";
    final List<String> mutations = new ArrayList<>();

    JsonDraft(JsonNode tree) {
        this.tree = tree;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    InvalidRequest render(WriteEndpoint endpoint, String path) {
        String text = otherTopLevel != null ? otherTopLevel : write(tree);
        if (repeatedKey != null && otherTopLevel == null) {
            text = repeatKey(tree, text, repeatedKey);
        }
        if (textAfter != null) {
            text = text + textAfter;
        } else if (cutAt != null) {
            text = text.substring(0, (int) Math.floor(cutAt * (text.length() - 1)));
        }
        // Each with a letter on its open side, so that two of them side by side never make a valid pair.
        text = text.replace(LONE_HIGH_SURROGATE, "\\ud800_").replace(LONE_LOW_SURROGATE, "_\\udc00");
        byte[] body = utf8WithForeignBytes(text);
        return new InvalidRequest(endpoint, path + query, contentType, body, announcedLength, List.copyOf(mutations));
    }

    /**
     * Sends key twice in the top-level object (of a batch: in its first item), right after the
     * object opens; a key no longer in the tree is sent twice with a text value.
     */
    private static String repeatKey(JsonNode tree, String text, String key) {
        boolean inFirstItem = tree.isArray() && tree.size() > 0 && tree.get(0).isObject();
        JsonNode object = inFirstItem ? tree.get(0) : tree;
        if (!object.isObject()) {
            return text;
        }
        int open = inFirstItem ? 1 : 0;
        String member = "\"" + key + "\":" + (object.has(key) ? write(object.get(key)) : "\"dup\"");
        String twice = object.has(key) ? member : member + "," + member;
        return text.substring(0, open + 1) + twice + "," + text.substring(open + 1);
    }

    private static byte[] utf8WithForeignBytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int from = 0;
        for (int at = text.indexOf(NOT_UTF8); at >= 0; at = text.indexOf(NOT_UTF8, from)) {
            out.writeBytes(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            // A lead byte followed by no continuation byte, then a byte that never occurs in UTF-8.
            out.writeBytes(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            from = at + NOT_UTF8.length();
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
