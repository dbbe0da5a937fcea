package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dk.erhvervshus.validation.TextRules;

import java.io.IOException;
import java.util.Optional;

/**
 * Every JSON text bound to a {@code String}, also inside lists and items bound from a tree, read as
 * usual (with the mapper's coercion rules) and then held to the validation kit's text rules. The
 * failure carries the path Jackson builds on its way out, e.g. {@code course.companyName}.
 */
final class CheckedTextDeserializer extends StdScalarDeserializer<String> {

    CheckedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        Optional<String> problem = TextRules.problemOf(text);
        if (problem.isPresent()) {
            throw new UnacceptableTextException(parser, problem.get());
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }
}
