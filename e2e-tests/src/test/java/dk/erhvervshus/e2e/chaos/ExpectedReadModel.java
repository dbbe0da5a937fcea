package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rows reporting-service's read models must hold, computed from the ground truth alone, and
 * the system's rows compared with them table by table. Per row: missing, or behind the version the
 * acknowledged writes reached, is <b>lost</b>; a row no acknowledged write explains, or ahead of
 * that version, is <b>counted twice</b>; the right version with other values is <b>mismatching</b>.
 * Values are compared as PostgreSQL prints them, with lists as sorted sets and numbers without
 * trailing zeros. No record is expected to be parked: every write of the load is valid.
 */
final class ExpectedReadModel {

    private static final String NULL = "∅";
    private static final int LISTED = 30;

    /** One read model: its key columns first, then the values; {@code versionColumn} indexes the values, -1 when the version is part of the key. */
    private record Spec(String table, String select, List<String> keyColumns, List<String> valueColumns, int versionColumn) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("courses", """
                    select course_id, house, cvr, company_name, municipality_code, category,
                           (select string_agg(t, ',' order by t) from unnest(themes) t), started_on::text,
                           completed_on::text, retracted::text, retraction_reason, sustainability_wheel_used::text,
                           enrolled_in_evaluation::text, origin, last_version::text from courses""",
                    List.of("course_id"), List.of("house", "cvr", "company_name", "municipality_code", "category", "themes",
                    "started_on", "completed_on", "retracted", "retraction_reason", "sustainability_wheel_used",
                    "enrolled_in_evaluation", "origin", "last_version"), 13),
            new Spec("activity_status_history", """
                    select house, year::text, activity_id, version::text, changed_on::text, status, note
                    from activity_status_history""",
                    List.of("house", "year", "activity_id", "version"), List.of("changed_on", "status", "note"), -1),
            new Spec("survey_responses", """
                    select house, response_id, cvr, survey_year::text, segment, answered_on::text, competence_satisfaction,
                           recommend_score::text, expected_effect, received_digital_guidance::text, received_referral::text,
                           used_referral, version::text from survey_responses""",
                    List.of("house", "response_id"), List.of("cvr", "survey_year", "segment", "answered_on",
                    "competence_satisfaction", "recommend_score", "expected_effect", "received_digital_guidance",
                    "received_referral", "used_referral", "version"), 10),
            new Spec("awareness_surveys", """
                    select house, survey_id, year::text, respondents::text, aware_of_house::text,
                           aware_of_green_services::text, conducted_on::text, version::text from awareness_surveys""",
                    List.of("house", "survey_id"), List.of("year", "respondents", "aware_of_house", "aware_of_green_services",
                    "conducted_on", "version"), 5),
            new Spec("referrals", """
                    select house, referral_id, cvr, referred_on::text, direction, counterpart_type, counterpart_name,
                           municipality_code, used::text, outcome_reported_on::text, last_version::text from referrals""",
                    List.of("house", "referral_id"), List.of("cvr", "referred_on", "direction", "counterpart_type",
                    "counterpart_name", "municipality_code", "used", "outcome_reported_on", "last_version"), 8),
            new Spec("company_figures", """
                    select cvr, year::text, trim_scale(revenue_dkk)::text, trim_scale(fte)::text, last_version::text
                    from company_figures""",
                    List.of("cvr", "year"), List.of("revenue_dkk", "fte", "last_version"), 2),
            new Spec("effect_cohorts", """
                    select house, cohort_id, cohort_year::text, segment,
                           (select string_agg(c, ',' order by c) from unnest(treated) c),
                           (select string_agg(c, ',' order by c) from unnest(control) c), last_version::text
                    from effect_cohorts""",
                    List.of("house", "cohort_id"), List.of("cohort_year", "segment", "treated", "control", "last_version"), 4),
            new Spec("parked_events", """
                    select topic, partition::text, record_offset::text, record_key, reason from parked_events""",
                    List.of("topic", "partition", "record_offset"), List.of("record_key", "reason"), -1));

    /** Per table how many rows it has and expects; lost, counted twice and mismatching rows over all of them. */
    record Verdict(Map<String, long[]> rowsByTable, long lost, long doubled, long mismatching, long parked,
                   List<String> differences) {
        boolean clean() {
            return lost == 0 && doubled == 0 && mismatching == 0 && parked == 0;
        }
    }

    private ExpectedReadModel() {
    }

    static Verdict compare(RunningSystem system, String database, GroundTruth.Snapshot truth) {
        Map<String, Map<String, List<String>>> expected = expected(truth);
        Map<String, long[]> rowsByTable = new java.util.LinkedHashMap<>();
        long lost = 0;
        long doubled = 0;
        long mismatching = 0;
        long parked = 0;
        List<String> differences = new ArrayList<>();
        try (Connection connection = system.connect(database)) {
            for (Spec spec : SPECS) {
                Map<String, List<String>> want = expected.getOrDefault(spec.table, Map.of());
                Map<String, List<String>> have = read(connection, spec);
                rowsByTable.put(spec.table, new long[]{have.size(), want.size()});
                TreeSet<String> keys = new TreeSet<>(want.keySet());
                keys.addAll(have.keySet());
                for (String key : keys) {
                    List<String> w = want.get(key);
                    List<String> h = have.get(key);
                    if (Objects.equals(w, h)) {
                        continue;
                    }
                    String what;
                    if (spec.table.equals("parked_events")) {
                        parked++;
                        what = "parked: " + h;
                    } else if (h == null) {
                        lost++;
                        what = "missing (acknowledged)";
                    } else if (w == null) {
                        doubled++;
                        what = "no acknowledged write explains it: " + h;
                    } else if (spec.versionColumn >= 0 && version(h, spec) < version(w, spec)) {
                        lost++;
                        what = "version " + version(h, spec) + ", acknowledged " + version(w, spec);
                    } else if (spec.versionColumn >= 0 && version(h, spec) > version(w, spec)) {
                        doubled++;
                        what = "version " + version(h, spec) + ", acknowledged only " + version(w, spec);
                    } else {
                        mismatching++;
                        what = differing(spec.valueColumns, w, h);
                    }
                    if (differences.size() < LISTED) {
                        differences.add(spec.table + " [" + key + "]: " + what);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the read models of " + database + ": " + e.getMessage(), e);
        }
        return new Verdict(rowsByTable, lost, doubled, mismatching, parked, differences);
    }

    private static long version(List<String> values, Spec spec) {
        return Long.parseLong(values.get(spec.versionColumn));
    }

    private static String differing(List<String> columns, List<String> expected, List<String> found) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!Objects.equals(expected.get(i), found.get(i))) {
                parts.add(columns.get(i) + " " + found.get(i) + ", acknowledged " + expected.get(i));
            }
        }
        return String.join("; ", parts);
    }

    private static Map<String, List<String>> read(Connection connection, Spec spec) throws SQLException {
        Map<String, List<String>> rows = new HashMap<>();
        int keys = spec.keyColumns.size();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(spec.select)) {
            while (result.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= keys; i++) {
                    key.add(text(result.getString(i)));
                }
                List<String> values = new ArrayList<>();
                for (int i = keys + 1; i <= keys + spec.valueColumns.size(); i++) {
                    values.add(text(result.getString(i)));
                }
                rows.put(String.join(" | ", key), values);
            }
        }
        return rows;
    }

    private static Map<String, Map<String, List<String>>> expected(GroundTruth.Snapshot truth) {
        Map<String, Map<String, List<String>>> tables = new HashMap<>();
        String house = Course.HOUSE;
        Map<String, List<String>> courses = tables.computeIfAbsent("courses", t -> new HashMap<>());
        for (Course c : truth.courses()) {
            courses.put(c.courseId(), texts(house, c.cvr(), c.companyName(), c.municipalityCode(), c.category(),
                    sortedSet(c.themes().stream().map(Enum::name).toList()), c.startedOn(), c.completedOn(), c.retracted(),
                    c.retractionReason(), c.sustainabilityWheelUsed(), c.enrolledInEvaluation(), c.origin(), c.version()));
        }
        Map<String, List<String>> activities = tables.computeIfAbsent("activity_status_history", t -> new HashMap<>());
        truth.activities().forEach((aggregate, changes) -> {
            for (GroundTruth.ActivityChange change : changes) {
                ActivityReport r = change.report();
                activities.put(String.join(" | ", house, String.valueOf(r.year()), r.activityId(),
                        String.valueOf(change.version())), texts(r.changedOn(), r.status(), r.note()));
            }
        });
        Map<String, List<String>> responses = tables.computeIfAbsent("survey_responses", t -> new HashMap<>());
        for (SurveyAnswer a : truth.responses()) {
            responses.put(house + " | " + a.responseId(), texts(a.cvr(), a.surveyYear(), a.segment(), a.answeredOn(),
                    a.competenceSatisfaction(), a.recommendScore(), a.expectedEffect(), a.receivedDigitalGuidance(),
                    a.receivedReferral(), a.usedReferral(), 1));
        }
        Map<String, List<String>> awareness = tables.computeIfAbsent("awareness_surveys", t -> new HashMap<>());
        for (AwarenessSurvey s : truth.awarenessSurveys()) {
            awareness.put(house + " | " + s.surveyId(), texts(s.year(), s.respondents(), s.awareOfHouse(),
                    s.awareOfGreenServices(), s.conductedOn(), 1));
        }
        Map<String, List<String>> referrals = tables.computeIfAbsent("referrals", t -> new HashMap<>());
        for (Referral r : truth.referrals()) {
            referrals.put(house + " | " + r.referralId(), texts(r.cvr(), r.referredOn(), r.direction(), r.counterpartType(),
                    r.counterpartName(), r.municipalityCode(), r.used(), r.reportedOn(), r.version()));
        }
        Map<String, List<String>> figures = tables.computeIfAbsent("company_figures", t -> new HashMap<>());
        for (CompanyFigures f : truth.figures()) {
            figures.put(f.cvr() + " | " + f.year(), texts(plain(f.revenueDkk()), plain(f.fte()), f.version()));
        }
        Map<String, List<String>> cohorts = tables.computeIfAbsent("effect_cohorts", t -> new HashMap<>());
        for (EffectCohort c : truth.cohorts()) {
            cohorts.put(house + " | " + c.cohortId(), texts(c.cohortYear(), c.segment(), sortedSet(c.treated()),
                    sortedSet(c.control()), c.version()));
        }
        return tables;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String sortedSet(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().distinct().collect(Collectors.joining(","));
    }

    private static List<String> texts(Object... values) {
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(value == null ? NULL : value instanceof Enum<?> code ? code.name() : String.valueOf(value));
        }
        return texts;
    }

    private static String text(String value) {
        return value == null ? NULL : value;
    }
}
