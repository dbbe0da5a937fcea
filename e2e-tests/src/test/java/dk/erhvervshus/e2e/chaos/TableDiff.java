package dk.erhvervshus.e2e.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Two dumps of reporting databases compared row by row: the system's own read models against those
 * a rebuild made from the topics. A row missing on either side or with any other value is a
 * mismatching row, listed with its table, key and columns.
 */
record TableDiff(long tables, long rows, long mismatchingRows, List<String> differences) {

    private static final int LISTED = 30;

    static TableDiff of(Map<String, ReadModelTables.Table> own, Map<String, ReadModelTables.Table> rebuilt) {
        long rows = 0;
        long mismatching = 0;
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(own.keySet());
        names.addAll(rebuilt.keySet());
        for (String name : names) {
            ReadModelTables.Table a = own.get(name);
            ReadModelTables.Table b = rebuilt.get(name);
            if (a == null || b == null) {
                mismatching++;
                differences.add(name + ": only in " + (a == null ? "the rebuild" : "the system's database"));
                continue;
            }
            if (!a.columns().equals(b.columns())) {
                mismatching++;
                differences.add(name + ": columns " + a.columns() + " vs " + b.columns());
                continue;
            }
            TreeSet<String> keys = new TreeSet<>(a.rows().keySet());
            keys.addAll(b.rows().keySet());
            rows += a.rows().size();
            for (String key : keys) {
                List<String> left = a.rows().get(key);
                List<String> right = b.rows().get(key);
                if (Objects.equals(left, right)) {
                    continue;
                }
                mismatching++;
                if (differences.size() < LISTED) {
                    differences.add(name + " [" + key + "]: " + describe(a.columns(), left, right));
                }
            }
        }
        return new TableDiff(names.size(), rows, mismatching, differences);
    }

    private static String describe(List<String> columns, List<String> own, List<String> rebuilt) {
        if (own == null) {
            return "only in the rebuild";
        }
        if (rebuilt == null) {
            return "missing from the rebuild";
        }
        List<String> columnsDiffering = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!Objects.equals(own.get(i), rebuilt.get(i))) {
                columnsDiffering.add(columns.get(i) + " " + own.get(i) + " vs " + rebuilt.get(i));
            }
        }
        return String.join(", ", columnsDiffering);
    }
}
