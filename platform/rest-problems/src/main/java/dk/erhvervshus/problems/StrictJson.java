package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request JSON strictly, in every service that uses this jar (Quarkus applies every
 * {@link ObjectMapperCustomizer} bean to the one {@link ObjectMapper} the REST layer and the
 * resources use). Each rule closes a way garbage was accepted or answered badly:
 * <ul>
 * <li>a key twice in one object ({@code {"cvr":"1","cvr":"2"}}): the last one silently won;</li>
 * <li>text after the JSON value ({@code {...}xyz}, {@code {...}{...}}): it was ignored;</li>
 * <li>type coercion: {@code -1} for a boolean was read as {@code true}, a number for a text as its
 *     digits, {@code "5"} for a number as 5, {@code 9.5} for a whole number as 9;</li>
 * <li>decimals are read exactly (BigDecimal), also into trees, so money is never a double;</li>
 * <li>every JSON text, at any depth, passes the validation kit's text rules (no U+0000, no
 *     control characters but tab/LF/CR, no lone surrogate), named by its path.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The rules on any mapper, so plain unit tests read exactly as the services do. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);

        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new CheckedTextDeserializer()));
        return mapper;
    }
}
