package dk.erhvervshus.reporting.report;

import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reporting.api.ActivityEntry;
import dk.erhvervshus.reporting.api.CriterionEntry;
import dk.erhvervshus.reporting.api.GoalDetailResponse;
import dk.erhvervshus.reporting.api.GoalReadings;
import dk.erhvervshus.reporting.api.GoalSummary;
import dk.erhvervshus.reporting.api.GoalsResponse;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.maintained.FeedStatus;
import dk.erhvervshus.reporting.report.YearlyReport.ContractGoal;
import dk.erhvervshus.reporting.report.YearlyReport.Fact;
import dk.erhvervshus.reporting.report.YearlyReport.FeedRow;
import dk.erhvervshus.reporting.report.YearlyReport.GoalSection;
import dk.erhvervshus.reporting.report.YearlyReport.SummaryRow;
import dk.erhvervshus.reporting.report.YearlyReport.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the report from the goals API's own answers (the list and every goal's detail, read from
 * one snapshot): values are the API's, already rounded, only written the Danish way.
 */
final class YearlyReports {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm:ss", DANISH);

    /** The feeds by the dashboard's names, with the service that records them. */
    private static final Map<String, String> FEEDS = Words.DANISH.feeds();

    private YearlyReports() {
    }

    /**
     * @param asOfRequested    the request's asOf as sent (null when none)
     * @param knownAtRequested the request's knownAt as sent (null when none)
     */
    static YearlyReport of(GoalReadings.Reading reading, String asOfRequested, String knownAtRequested, ZoneId zone) {
        GoalsResponse goals = reading.goals();
        List<SummaryRow> summary = goals.goals().stream().map(YearlyReports::summaryRow).toList();
        Map<Integer, List<GoalSection>> byContractGoal = new TreeMap<>();
        for (GoalDetailResponse detail : reading.details()) {
            GoalDefinition definition = reading.catalogue().goal(detail.id()).orElseThrow();
            byContractGoal.computeIfAbsent(detail.contractGoal(), n -> new ArrayList<>()).add(section(detail, definition));
        }
        List<ContractGoal> contractGoals = byContractGoal.entrySet().stream()
                .map(e -> new ContractGoal(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<FeedRow> feeds = goals.freshness().entrySet().stream()
                .map(e -> feedRow(e.getKey(), e.getValue(), zone)).toList();
        List<Fact> dataAsOf = goals.dataAsOf().entrySet().stream()
                .map(e -> new Fact(e.getKey(), e.getValue() == null ? "ingen hændelser endnu" : time(e.getValue(), zone)))
                .toList();
        String knownAt = goals.knownAt() == null ? "" : goals.knownAt().toString();
        return new YearlyReport("Afrapportering af resultatkontrakt " + goals.year(), reading.house().id(),
                reading.house().name(), cssString(reading.house().name()), goals.year(), reading.catalogue().source(), time(goals.computedAt(), zone),
                goals.computedAt().toString(), goals.asOf().toString(), blankToNull(asOfRequested), knownAt,
                blankToNull(knownAtRequested), "asOf=" + goals.asOf() + "&knownAt=" + knownAt, summary, contractGoals, feeds, dataAsOf);
    }

    private static SummaryRow summaryRow(GoalSummary g) {
        return new SummaryRow(g.id(), g.contractGoal(), g.title(), ReportWords.withUnit(g.target(), g.unit()),
                g.actual() == null ? "–" : ReportWords.withUnit(g.actual(), g.unit()),
                ReportWords.shortFulfilment(g.fulfilmentPercent()), ReportWords.status(g.status()), g.status());
    }

    private static GoalSection section(GoalDetailResponse g, GoalDefinition definition) {
        BreakdownTables.Rendered breakdown = BreakdownTables.of(g.breakdowns());
        List<Fact> facts = new ArrayList<>();
        for (CriterionEntry criterion : g.criteria() == null ? List.<CriterionEntry>of() : g.criteria()) {
            facts.add(new Fact("Kriterium: " + criterion.name(), criterion.satisfied() ? "opfyldt" : "ikke opfyldt"));
        }
        facts.addAll(breakdown.facts());
        List<Table> tables = new ArrayList<>();
        List<ActivityEntry> activities = g.activities() == null ? List.of() : g.activities();
        if (!activities.isEmpty()) {
            tables.add(new Table("Aktiviteter", List.of("Id", "Aktivitet", "Status", "Rapporteret", "Note"),
                    activities.stream().map(a -> List.of(a.id(), a.title(), ReportWords.code(a.status()),
                            a.changedOn() == null ? "" : a.changedOn().toString(), a.note() == null ? "" : a.note()))
                            .toList()));
        }
        tables.addAll(breakdown.tables());
        return new GoalSection(g.id(), g.title(), g.description(), definition.method(),
                ReportWords.withUnit(g.target(), g.unit()),
                g.actual() == null ? "–" : ReportWords.withUnit(g.actual(), g.unit()),
                ReportWords.fulfilment(g.fulfilmentPercent(), g.awaitingFeed()), ReportWords.status(g.status()),
                g.status(), g.numerator() == null ? null : DanishNumbers.text(g.numerator()),
                g.denominator() == null ? null : DanishNumbers.text(g.denominator()), g.feed(),
                List.copyOf(facts), List.copyOf(tables));
    }

    private static FeedRow feedRow(String feed, FeedStatus status, ZoneId zone) {
        return new FeedRow(FEEDS.containsKey(feed) ? FEEDS.get(feed) + " (" + Feed.ofKey(feed).service() + ")" : feed,
                status.newestRecordedAt() == null ? "ingen endnu" : time(status.newestRecordedAt(), zone),
                DanishNumbers.text(status.facts()), DanishNumbers.text(status.parkedEvents()),
                status.responseRatePercent() == null ? "" : DanishNumbers.text(status.responseRatePercent()) + " %");
    }

    static String time(Instant instant, ZoneId zone) {
        return MADE_AT.format(instant.atZone(zone));
    }

    /** Text inside a CSS string, every character but letters, digits and blanks escaped (so also for XML). */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
