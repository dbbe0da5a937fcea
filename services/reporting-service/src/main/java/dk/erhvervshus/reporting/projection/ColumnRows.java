package dk.erhvervshus.reporting.projection;

import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one set-based statement as one array per column, its parameters:
 * {@code insert ... select ... from unnest($1::text[], $2::bigint[], ...)} is executed once for all
 * of a batch's rows, where {@code executeBatch} executes a statement once per row, and those
 * executions were what a rebuild's transactions spent their time on. Each column is an array of the
 * Java type the driver binds to the SQL type the statement casts it to (String for text, Long for
 * bigint, Integer for integer, Boolean, LocalDate for date, OffsetDateTime for timestamptz, UUID,
 * {@link Numeric} for numeric); elements may be null.
 *
 * <p>A statement that upserts ({@code on conflict do update}) may meet each key only once: the
 * projection's fold writes each touched row once, so its rows are distinct by key.
 */
final class ColumnRows {

    private final Object[][] columns;
    private int size;

    /** @param capacity at least the number of rows that will be added */
    ColumnRows(int capacity, Class<?>... types) {
        columns = new Object[types.length][];
        for (int i = 0; i < types.length; i++) {
            columns[i] = (Object[]) Array.newInstance(types[i], capacity);
        }
    }

    ColumnRows add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(values.length + " values for " + columns.length + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            columns[i][size] = values[i];
        }
        size++;
        return this;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The statement's executions: none without rows, else one with every row. */
    List<Tuple> executions() {
        if (size == 0) {
            return List.of();
        }
        Object[] parameters = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            parameters[i] = size == columns[i].length ? columns[i] : Arrays.copyOf(columns[i], size);
        }
        return List.of(Tuple.tuple(Arrays.asList(parameters)));
    }

    /**
     * A list of codes as one text, for a text[] column of a row (unnest cannot carry an array per
     * row): the statement splits it with {@code string_to_array(…, ',')}, and an empty list is the
     * empty text, which splits into the empty array. Only for enum codes, whose names hold no comma.
     */
    static String codes(List<? extends Enum<?>> codes) {
        if (codes.size() == 1) {
            return codes.get(0).name();
        }
        StringBuilder joined = new StringBuilder();
        for (Enum<?> code : codes) {
            if (!joined.isEmpty()) {
                joined.append(',');
            }
            joined.append(code.name());
        }
        return joined.toString();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Numeric numeric(BigDecimal value) {
        return value == null ? null : Numeric.create(value);
    }

    static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
