package dk.erhvervshus.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.reporting.report.YearlyReport.Fact;
import dk.erhvervshus.reporting.report.YearlyReport.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A goal's {@code breakdowns}, exactly as the goal detail answers them, as the report's facts (a
 * label and a value) and tables (a list of objects, such as goal 2's municipalities). It reads the
 * JSON shape rather than each breakdown kind, so a field the API adds is printed too, under its own
 * name until it has a Danish label here.
 */
final class BreakdownTables {

    record Rendered(List<Fact> facts, List<Table> tables) {
    }

    /** Fields whose text is a code with a Danish word (segments, groups, answers, statuses, measures). */
    private static final Set<String> CODE_FIELDS = Set.of("key", "segment", "group", "status", "measure");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("guidedCompanies", "Vejledte virksomheder (unikke CVR-numre)"),
            Map.entry("companiesOutsideMunicipalities", "Vejledte virksomheder uden for husets kommuner"),
            Map.entry("municipalities", "Kommuner"),
            Map.entry("municipalityGroups", "Kommunegrupper"),
            Map.entry("ruralUrban", "Land og by"),
            Map.entry("municipalitiesMeeting", "Kommuner, der opfylder"),
            Map.entry("code", "Kode"),
            Map.entry("name", "Navn"),
            Map.entry("group", "Gruppe"),
            Map.entry("companies", "Virksomheder"),
            Map.entry("courses", "Forløb"),
            Map.entry("keyShare", "Andel af fordelingsnøglen (%)"),
            Map.entry("actualShare", "Andel af de vejledte (%)"),
            Map.entry("thresholdShare", "Tærskel (%)"),
            Map.entry("meets", "Opfylder"),
            Map.entry("evaluatedCompanies", "Vejledte og tilmeldt brugerevalueringen (nævner)"),
            Map.entry("newCompanies", "Nye virksomheder (tæller)"),
            Map.entry("returningCompanies", "Virksomheder med forløb året før"),
            Map.entry("coursesInYear", "Forløb i året"),
            Map.entry("wheelUsedCourses", "Forløb med bæredygtighedshjulet"),
            Map.entry("greenTransitionCourses", "Forløb om grøn omstilling"),
            Map.entry("greenTransitionCoursesWithWheel", "Forløb om grøn omstilling med hjulet"),
            Map.entry("greenTransitionWheelShare", "Andel af forløb om grøn omstilling med hjulet (%)"),
            Map.entry("selfHelpActivity", "Selvhjælpsaktivitet"),
            Map.entry("surveyId", "Kendskabsmåling"),
            Map.entry("conductedOn", "Gennemført"),
            Map.entry("respondents", "Respondenter"),
            Map.entry("awareOfHouse", "Kender Erhvervshuset"),
            Map.entry("awareOfGreenServices", "Kender de grønne ydelser"),
            Map.entry("surveysInYear", "Kendskabsmålinger i året"),
            Map.entry("segment", "Segment"),
            Map.entry("dontKnowCountsInDenominator", "\"Ved ikke\" tæller i nævneren"),
            Map.entry("responses", "Besvarelser"),
            Map.entry("byAnswer", "Fordeling på svar"),
            Map.entry("key", "Svar"),
            Map.entry("count", "Antal"),
            Map.entry("bySegment", "Pr. segment"),
            Map.entry("numerator", "Tæller"),
            Map.entry("denominator", "Nævner"),
            Map.entry("share", "Andel (%)"),
            Map.entry("responsesWithoutGuidance", "Besvarelser uden vejledningsforløb i huset"),
            Map.entry("responseId", "Besvarelse"),
            Map.entry("cvr", "CVR-nummer"),
            Map.entry("promoters", "Promotorer (9–10)"),
            Map.entry("passives", "Passive (7–8)"),
            Map.entry("detractors", "Kritikere (0–6)"),
            Map.entry("missingScores", "Uden score"),
            Map.entry("outboundReferrals", "Husets registrerede henvisninger (indgår ikke i målet)"),
            Map.entry("referrals", "Henvisninger"),
            Map.entry("used", "Benyttet"),
            Map.entry("notUsed", "Ikke benyttet"),
            Map.entry("unreported", "Udfald ikke rapporteret"),
            Map.entry("measure", "Målt på"),
            Map.entry("cohortIds", "Effektkohorter"),
            Map.entry("baseYear", "Basisår"),
            Map.entry("endYear", "Slutår"),
            Map.entry("treatedUsed", "Vejledte virksomheder med tal"),
            Map.entry("treatedLeftOut", "Vejledte virksomheder udeladt"),
            Map.entry("controlUsed", "Kontrolgruppe med tal"),
            Map.entry("controlLeftOut", "Kontrolgruppe udeladt"),
            Map.entry("treatedGrowthPercent", "Vækst, vejledte (%)"),
            Map.entry("controlGrowthPercent", "Vækst, kontrolgruppe (%)"),
            Map.entry("byMunicipality", "Pr. kommune"),
            Map.entry("byCategory", "Pr. kategori"),
            Map.entry("byTheme", "Pr. tema"),
            Map.entry("byMonth", "Pr. måned (første forløb i året)"),
            Map.entry("previousYearByMonthEnd", "Året før, ved årets udgang"),
            Map.entry("id", "Id"),
            Map.entry("title", "Titel"),
            Map.entry("status", "Status"),
            Map.entry("changedOn", "Rapporteret"),
            Map.entry("note", "Note"));

    private BreakdownTables() {
    }

    static Rendered of(JsonNode breakdown) {
        List<Fact> facts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        if (breakdown != null && breakdown.isObject()) {
            walk(breakdown, null, facts, tables);
        }
        return new Rendered(List.copyOf(facts), List.copyOf(tables));
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** What the keys of a list are: a list of counts is keyed by municipality, category, theme, month or answer. */
    private static final Map<String, String> KEY_LABELS = Map.of(
            "byMunicipality", "Kommune",
            "byCategory", "Kategori",
            "byTheme", "Tema",
            "byMonth", "Måned");

    private static String keyLabel(String list) {
        return KEY_LABELS.getOrDefault(list, label("key"));
    }

    /**
     * The burn-up chart's series by month's end: the report states the year's result, so this year's
     * curve is left to the dashboard and the year before is one fact, its count at the year's end.
     */
    private static final String MONTH_ENDS = "byMonthEnd";
    private static final String PREVIOUS_YEAR = "previousYearByMonthEnd";

    private static void walk(JsonNode object, String prefix, List<Fact> facts, List<Table> tables) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String label = prefix == null ? label(field.getKey()) : prefix + ": " + label(field.getKey());
            JsonNode value = field.getValue();
            if (field.getKey().equals(MONTH_ENDS)) {
                continue;
            }
            if (field.getKey().equals(PREVIOUS_YEAR) && value.isArray() && !value.isEmpty()) {
                facts.add(new Fact(label, scalar("count", value.get(value.size() - 1).get("count"))));
                continue;
            }
            if (value.isObject()) {
                walk(value, label, facts, tables);
            } else if (value.isArray()) {
                array(field.getKey(), label, value, facts, tables);
            } else {
                facts.add(new Fact(label, scalar(field.getKey(), value)));
            }
        }
    }

    private static void array(String name, String label, JsonNode array, List<Fact> facts, List<Table> tables) {
        if (array.isEmpty()) {
            facts.add(new Fact(label, "ingen"));
            return;
        }
        boolean objects = true;
        List<String> scalars = new ArrayList<>();
        for (JsonNode item : array) {
            objects &= item.isObject();
            scalars.add(scalar(name, item));
        }
        if (!objects) {
            facts.add(new Fact(label, String.join(", ", scalars)));
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        array.forEach(item -> item.fieldNames().forEachRemaining(columns::add));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                JsonNode cell = item.get(column);
                row.add(cell == null ? "" : cell.isContainerNode() ? cell.toString() : scalar(column, cell));
            }
            rows.add(List.copyOf(row));
        }
        tables.add(new Table(label, columns.stream().map(column -> column.equals("key") ? keyLabel(name) : label(column))
                .toList(), List.copyOf(rows)));
    }

    private static String scalar(String field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "Ja" : "Nej";
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            // A stored answer read back may hold 100 as 100.0; the API writes whole numbers without decimals.
            return DanishNumbers.text(number.remainder(BigDecimal.ONE).signum() == 0 && number.scale() > 0
                    ? number.setScale(0, RoundingMode.UNNECESSARY) : number);
        }
        String text = value.asText();
        return CODE_FIELDS.contains(field) ? ReportWords.code(text) : text;
    }
}
