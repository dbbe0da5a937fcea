package dk.erhvervshus.reporting.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWordsTest {

    @Test
    void the_fulfilment_sentence_carries_the_apis_percentage_with_a_decimal_comma() {
        assertThat(ReportWords.fulfilment(new BigDecimal("27.3"), null)).isEqualTo("Målet er 27,3 % opfyldt");
        assertThat(ReportWords.fulfilment(new BigDecimal("100"), null)).isEqualTo("Målet er 100 % opfyldt");
        assertThat(ReportWords.fulfilment(BigDecimal.ZERO, null)).isEqualTo("Målet er 0 % opfyldt");
    }

    @Test
    void a_goal_without_data_has_no_fulfilment_and_names_the_feed_it_waits_for() {
        assertThat(ReportWords.fulfilment(null, "survey-service: kendskabsmåling (awareness survey)"))
                .isEqualTo("Ingen data endnu (afventer survey-service: kendskabsmåling (awareness survey))");
        assertThat(ReportWords.fulfilment(null, null)).isEqualTo("Ingen data endnu");
        assertThat(ReportWords.shortFulfilment(null)).isEqualTo("Ingen data endnu");
        assertThat(ReportWords.shortFulfilment(new BigDecimal("47.6"))).isEqualTo("Målet er 47,6 % opfyldt");
    }

    @Test
    void every_status_has_its_danish_word() {
        assertThat(ReportWords.status("MET")).isEqualTo("Opfyldt");
        assertThat(ReportWords.status("ON_TRACK")).isEqualTo("På sporet");
        assertThat(ReportWords.status("AT_RISK")).isEqualTo("I risiko");
        assertThat(ReportWords.status("NOT_MET")).isEqualTo("Ikke opfyldt");
        assertThat(ReportWords.status("NO_DATA")).isEqualTo("Ingen data");
        for (var status : dk.erhvervshus.reporting.goals.GoalStatus.values()) {
            assertThat(ReportWords.status(status.name())).isNotEqualTo(status.name());
        }
    }

    @Test
    void a_value_is_shown_with_its_unit() {
        assertThat(ReportWords.withUnit(new BigDecimal("62.5"), "PERCENT")).isEqualTo("62,5 %");
        assertThat(ReportWords.withUnit(new BigDecimal("800"), "COUNT")).isEqualTo("800");
        assertThat(ReportWords.withUnit(new BigDecimal("-20"), "NPS")).isEqualTo("-20 NPS");
        assertThat(ReportWords.withUnit(new BigDecimal("10"), "PERCENTAGE_POINTS")).isEqualTo("10 %-point");
        assertThat(ReportWords.withUnit(null, "PERCENT")).isEmpty();
    }
}
