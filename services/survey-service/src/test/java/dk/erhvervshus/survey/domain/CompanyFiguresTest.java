package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyFiguresTest {

    private static CompanyFiguresReported report(String revenue, String fte) {
        return new CompanyFiguresReported("13585628", 2022, new BigDecimal(revenue), new BigDecimal(fte));
    }

    private static CompanyFigures given(CompanyFiguresEvent... history) {
        return CompanyFigures.rebuild("13585628", 2022, List.of(history));
    }

    @Test
    void the_first_report_is_recorded() {
        assertThat(given().decide(report("1000000", "12.5"))).containsExactly(report("1000000", "12.5"));
    }

    @Test
    void the_same_figures_again_change_nothing_even_written_with_other_decimals() {
        assertThat(given(report("1000000", "12.5")).decide(report("1000000.00", "12.50"))).isEmpty();
    }

    @Test
    void corrected_figures_are_recorded_as_the_new_truth() {
        CompanyFiguresReported corrected = report("1100000", "12.5");

        assertThat(given(report("1000000", "12.5")).decide(corrected)).containsExactly(corrected);
    }

    @Test
    void going_back_to_an_earlier_figure_is_a_correction_too() {
        CompanyFiguresReported first = report("1000000", "12.5");

        assertThat(given(first, report("1100000", "12.5")).decide(first)).containsExactly(first);
    }
}
