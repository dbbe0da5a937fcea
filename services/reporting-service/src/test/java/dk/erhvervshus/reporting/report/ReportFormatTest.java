package dk.erhvervshus.reporting.report;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTest {

    @Test
    void the_format_parameter_names_one_of_three_renderings() {
        assertThat(ReportFormat.named("pdf")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.named(" CSV ")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.named("json")).isEmpty();
        assertThat(ReportFormat.named("")).isEmpty();
    }

    @Test
    void accept_chooses_by_preference_and_anything_is_html() {
        assertThat(ReportFormat.acceptable(null)).contains(ReportFormat.HTML);
        assertThat(ReportFormat.acceptable("*/*")).contains(ReportFormat.HTML);
        assertThat(ReportFormat.acceptable("application/pdf")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.acceptable("text/csv;charset=UTF-8")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.acceptable("application/json, text/csv;q=0.5, application/pdf;q=0.8"))
                .contains(ReportFormat.PDF);
        assertThat(ReportFormat.acceptable("text/html;q=0, text/csv")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.acceptable("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .contains(ReportFormat.HTML);
    }

    @Test
    void json_only_is_no_rendering_of_the_report() {
        assertThat(ReportFormat.acceptable("application/json")).isEqualTo(Optional.empty());
        assertThat(ReportFormat.acceptable("application/json, application/problem+json")).isEmpty();
    }
}
