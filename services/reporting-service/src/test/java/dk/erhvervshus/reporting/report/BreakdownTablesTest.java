package dk.erhvervshus.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reporting.report.YearlyReport.Fact;
import dk.erhvervshus.reporting.report.YearlyReport.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownTablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void goal_2s_municipalities_become_a_table_with_danish_headers_and_numbers() throws Exception {
        JsonNode spread = JSON.readTree("""
                {"guidedCompanies": 3, "companiesOutsideMunicipalities": 0,
                 "municipalities": [{"code": "851", "name": "Aalborg", "group": "CITY", "companies": 2, "courses": 2,
                                     "keyShare": 37.4, "actualShare": 66.7, "thresholdShare": 18.7, "meets": true}],
                 "ruralUrban": [{"group": "URBAN", "municipalities": 2, "municipalitiesMeeting": 1, "companies": 2,
                                 "courses": 2, "keyShare": 42.5, "actualShare": 100.0}]}""");

        BreakdownTables.Rendered rendered = BreakdownTables.of(spread);

        assertThat(rendered.facts()).containsExactly(new Fact("Vejledte virksomheder (unikke CVR-numre)", "3"),
                new Fact("Vejledte virksomheder uden for husets kommuner", "0"));
        Table municipalities = rendered.tables().get(0);
        assertThat(municipalities.caption()).isEqualTo("Kommuner");
        assertThat(municipalities.headers()).containsExactly("Kode", "Navn", "Gruppe", "Virksomheder", "Forløb",
                "Andel af fordelingsnøglen (%)", "Andel af de vejledte (%)", "Tærskel (%)", "Opfylder");
        assertThat(municipalities.rows()).containsExactly(
                List.of("851", "Aalborg", "Bykommune", "2", "2", "37,4", "66,7", "18,7", "Ja"));
        assertThat(rendered.tables().get(1).rows().get(0)).containsExactly("By- og oplandskommuner", "2", "1", "2", "2",
                "42,5", "100");
    }

    @Test
    void nested_objects_are_labelled_facts_and_lists_of_values_are_joined() throws Exception {
        JsonNode nps = JSON.readTree("""
                {"segment": "GROWTH", "responses": 4, "promoters": 2, "passives": 1, "detractors": 1, "missingScores": 0,
                 "responsesWithoutGuidance": {"count": 1, "responses": [{"responseId": "r-4", "cvr": "44444444"}]},
                 "cohortIds": ["c-1", "c-2"], "byMonth": []}""");

        BreakdownTables.Rendered rendered = BreakdownTables.of(nps);

        assertThat(rendered.facts()).contains(new Fact("Segment", "Vækst"), new Fact("Promotorer (9–10)", "2"),
                new Fact("Passive (7–8)", "1"), new Fact("Kritikere (0–6)", "1"),
                new Fact("Besvarelser uden vejledningsforløb i huset: Antal", "1"),
                new Fact("Effektkohorter", "c-1, c-2"), new Fact("Pr. måned (første forløb i året)", "ingen"));
        assertThat(rendered.tables()).containsExactly(new Table("Besvarelser uden vejledningsforløb i huset: Besvarelser",
                List.of("Besvarelse", "CVR-nummer"), List.of(List.of("r-4", "44444444"))));
        assertThat(BreakdownTables.of(null).facts()).isEmpty();
    }

    @Test
    void the_burn_ups_series_leave_the_year_before_as_one_fact_at_its_end() throws Exception {
        JsonNode counts = JSON.readTree("""
                {"byMonth": [{"key": "2023-01", "count": 2}], "byMonthEnd": [{"key": "2023-01", "count": 2}],
                 "previousYearByMonthEnd": [{"key": "2022-11", "count": 5}, {"key": "2022-12", "count": 7}]}""");

        BreakdownTables.Rendered rendered = BreakdownTables.of(counts);

        assertThat(rendered.facts()).containsExactly(new Fact("Året før, ved årets udgang", "7"));
        assertThat(rendered.tables()).extracting(Table::caption).containsExactly("Pr. måned (første forløb i året)");
    }
}
