package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a reporting-service database, row by row, keyed by its primary key, with every
 * column as PostgreSQL prints it — whatever tables the service has now or gets later. Left out is
 * only bookkeeping that legitimately differs between two instances that applied the same events:
 * the schema history, the consumer positions (checked on their own: both must be the end offsets),
 * the goal maintainer's marks and its log of changes (how many changes a history makes depends on
 * how it was cut into batches; the maintained goals themselves are compared), and the wall-clock
 * stamps, sequence numbers and transaction ids the projection and the maintainer write ({@link #BOOKKEEPING_COLUMNS}).
 */
final class ReadModelTables {

    static final Set<String> BOOKKEEPING_TABLES = Set.of("flyway_schema_history", "consumer_positions", "goal_dirty",
            "goal_changes");
    /**
     * When a row was written, parked or derived, from which mark, by which transaction, and the
     * freshness stamp a derivation read before its facts (a lower bound that depends on when it ran):
     * the time of projecting, not a fact of any event.
     */
    static final Set<String> BOOKKEEPING_COLUMNS = Set.of("updated_at", "parked_at", "derived_seq", "derived_at",
            "changed_at", "last_applied_at", "changed_txn", "data_as_of");

    record Table(String name, List<String> columns, List<String> key, Map<String, List<String>> rows) {
    }

    private ReadModelTables() {
    }

    static Map<String, Table> dump(RunningSystem system, String database) {
        try (Connection connection = system.connect(database)) {
            Map<String, List<String>> columns = new TreeMap<>();
            Map<String, List<String>> keys = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select c.table_name, c.column_name from information_schema.columns c
                         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                         order by c.table_name, c.ordinal_position""")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!BOOKKEEPING_TABLES.contains(table) && !BOOKKEEPING_COLUMNS.contains(rows.getString(2))) {
                        columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select tc.table_name, k.column_name from information_schema.table_constraints tc
                         join information_schema.key_column_usage k
                           on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema
                         where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
                         order by tc.table_name, k.ordinal_position""")) {
                while (rows.next()) {
                    keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            Map<String, Table> tables = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                List<String> key = keys.getOrDefault(table.getKey(), table.getValue());
                tables.put(table.getKey(), read(connection, table.getKey(), table.getValue(), key));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + database + ": " + e.getMessage(), e);
        }
    }

    private static Table read(Connection connection, String table, List<String> columns, List<String> key)
            throws SQLException {
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < columns.size(); i++) {
            select.append(i == 0 ? "" : ", ").append('"').append(columns.get(i)).append("\"::text");
        }
        select.append(" from \"").append(table).append('"');
        Map<String, List<String>> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(select.toString())) {
            while (result.next()) {
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(result.getString(i));
                }
                StringBuilder rowKey = new StringBuilder();
                for (String k : key) {
                    rowKey.append(rowKey.length() == 0 ? "" : " | ").append(values.get(columns.indexOf(k)));
                }
                // A table without a primary key: identical rows are told apart by their count.
                String unique = rowKey.toString();
                for (int n = 2; rows.containsKey(unique); n++) {
                    unique = rowKey + " #" + n;
                }
                rows.put(unique, values);
            }
        }
        return new Table(table, columns, key, rows);
    }
}
