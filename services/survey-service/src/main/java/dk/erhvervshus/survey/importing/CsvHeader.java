package dk.erhvervshus.survey.importing;

import dk.erhvervshus.survey.domain.SurveyResponseForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each {@link SurveyColumn} is in the file. Names are matched trimmed and without regard to
 * case, in any order. Columns the import does not know are ignored (and reported), because an
 * export may grow; a missing or repeated column is a problem of the whole file, because every row
 * would be read wrongly.
 */
final class CsvHeader {

    private final Map<SurveyColumn, Integer> positions;
    private final int width;
    private final List<String> ignoredColumns;

    private CsvHeader(Map<SurveyColumn, Integer> positions, int width, List<String> ignoredColumns) {
        this.positions = positions;
        this.width = width;
        this.ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** The header of the given names, or the file-level problems that prevent reading the rows. */
    static Reading read(List<String> names) {
        Map<String, SurveyColumn> byName = new HashMap<>();
        for (SurveyColumn column : SurveyColumn.values()) {
            byName.put(normalise(column.header()), column);
        }
        Map<SurveyColumn, Integer> positions = new EnumMap<>(SurveyColumn.class);
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            width = i + 1;
            SurveyColumn column = byName.get(normalise(name));
            if (column == null) {
                ignored.add(name);
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add("the header names the column '" + column.header() + "' twice");
            }
        }
        List<String> missing = Arrays.stream(SurveyColumn.values())
                .filter(column -> !positions.containsKey(column))
                .map(SurveyColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            problems.add("the header row lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; expected a ';'-separated header with "
                    + Arrays.stream(SurveyColumn.values()).map(SurveyColumn::header).collect(Collectors.joining(";")));
        }
        return problems.isEmpty()
                ? new Reading(new CsvHeader(positions, width, ignored), List.of(), List.of())
                : new Reading(null, problems, missing);
    }

    /** Header names that are not survey columns; their cells are not read. */
    List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /**
     * Why the row's cells cannot be matched to the header, or null. Fewer cells than named columns
     * usually means a lost ';', which shifts every later answer into the wrong column; extra cells
     * are tolerated only when empty (spreadsheets add trailing ';').
     */
    String shapeProblem(List<String> fields) {
        if (fields.size() < width) {
            return "the row has " + fields.size() + " cells but the header names " + width
                    + " columns (is a ';' missing?)";
        }
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return "the row has " + fields.size() + " cells but the header names " + width
                        + " columns (cell " + (i + 1) + " is not empty; is there an extra ';'?)";
            }
        }
        return null;
    }

    /** The cell of {@code column}; null when the row is too short to have it. */
    String cell(List<String> fields, SurveyColumn column) {
        int position = positions.get(column);
        return position < fields.size() ? fields.get(position) : null;
    }

    SurveyResponseForm form(List<String> fields) {
        return new SurveyResponseForm(
                cell(fields, SurveyColumn.RESPONSE_ID),
                cell(fields, SurveyColumn.HOUSE),
                cell(fields, SurveyColumn.CVR),
                cell(fields, SurveyColumn.SURVEY_YEAR),
                cell(fields, SurveyColumn.SEGMENT),
                cell(fields, SurveyColumn.ANSWERED_ON),
                cell(fields, SurveyColumn.COMPETENCE_SATISFACTION),
                cell(fields, SurveyColumn.RECOMMEND_SCORE),
                cell(fields, SurveyColumn.EXPECTED_EFFECT),
                cell(fields, SurveyColumn.RECEIVED_DIGITAL_GUIDANCE),
                cell(fields, SurveyColumn.RECEIVED_REFERRAL),
                cell(fields, SurveyColumn.USED_REFERRAL));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Either a header or the problems that make the file unreadable.
     *
     * @param missingColumns the survey columns the header lacks (also described in {@code problems}),
     *                       so that an answer can name each one
     */
    record Reading(CsvHeader header, List<String> problems, List<String> missingColumns) {
    }
}
