package dk.erhvervshus.reporting.report;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * The yearly report to KKR as the template prints it: every value already in Danish words and
 * numbers, taken from the goals API's own answer ({@link YearlyReports}), so the HTML, the PDF and
 * the API cannot disagree.
 *
 * @param asOfRequested    the request's asOf as sent, or null (the answer is then as of today)
 * @param knownAtRequested the request's knownAt as sent, or null (everything known when it was made)
 * @param knownAt          the knowledge the figures read: the request's knownAt, or the time they were read
 * @param houseNameCss     the house's name as a CSS string's content (the PDF's page header), escaped
 */
@TemplateData
record YearlyReport(String title, String houseId, String houseName, String houseNameCss, int year, String source, String madeAt,
                    String madeAtInstant, String asOf, String asOfRequested, String knownAt, String knownAtRequested,
                    String reproduceQuery, List<SummaryRow> summary, List<ContractGoal> contractGoals,
                    List<FeedRow> feeds, List<Fact> dataAsOf) {

    @TemplateData
    record SummaryRow(String id, int contractGoal, String title, String target, String actual, String fulfilment,
                      String status, String statusCode) {
    }

    /** One of the contract's numbered goals, with the catalogue goals that measure it. */
    @TemplateData
    record ContractGoal(int number, List<GoalSection> goals) {
    }

    @TemplateData
    record GoalSection(String id, String title, String description, String method, String target, String actual,
                       String fulfilment, String status, String statusCode, String numerator, String denominator,
                       String feed, List<Fact> facts, List<Table> tables) {
    }

    @TemplateData
    record Fact(String label, String value) {
    }

    @TemplateData
    record Table(String caption, List<String> headers, List<List<String>> rows) {
    }

    @TemplateData
    record FeedRow(String feed, String newestRecordedAt, String facts, String parkedEvents, String responseRate) {
    }
}
