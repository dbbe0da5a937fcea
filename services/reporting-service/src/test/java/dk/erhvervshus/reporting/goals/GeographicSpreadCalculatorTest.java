package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.Comparison;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.MetricKind;
import dk.erhvervshus.reference.Municipality;
import dk.erhvervshus.reference.MunicipalityGroup;
import dk.erhvervshus.reference.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static org.assertj.core.api.Assertions.assertThat;

class GeographicSpreadCalculatorTest {

    private final GoalDefinition g2 = Nordjylland.goal("G2-GEOGRAPHIC-SPREAD");
    private final GoalEvaluator evaluator = new GoalEvaluator();

    /*
     * 10 courses, 8 companies (A..H), 4 municipalities; Nordjylland's real key, total 17,645.
     *
     * | municipality      | companies      | courses | actual share | key share          | threshold (½ key) | meets |
     * | 851 Aalborg       | A              | 2       | 1/8 = 12.5 % | 6592/17645 = 37.36 | 18.68 %           | no    |
     * | 860 Hjørring      | B, C, D        | 3       | 3/8 = 37.5 % | 1904/17645 = 10.79 |  5.40 %           | yes   |
     * | 813 Frederikshavn | E, F, B        | 3       | 3/8 = 37.5 % | 1756/17645 =  9.95 |  4.98 %           | yes   |
     * | 825 Læsø          | G, H           | 2       | 2/8 = 25.0 % |   53/17645 =  0.30 |  0.15 %           | yes   |
     * | the other 7       | -              | 0       | 0            |                    |                   | no    |
     * B counts in two municipalities, so the shares add up to 112.5 %. actual = 3 of target 11.
     * A retracted course (company X in Morsø) and a 2022 course (company Y in Thisted) count nowhere.
     */
    private GoalFacts tenCourses(String asOf) {
        return Nordjylland.facts(asOf,
                company("A").in("851"), company("A").in("851"),
                company("B").in("860"), company("C").in("860"), company("D").in("860"),
                company("E").in("813"), company("F").in("813"), company("B").in("813"),
                company("G").in("825"), company("H").in("825"),
                company("X").in("773").retracted(),
                company("Y").in("787").startedOn("2022-11-01"));
    }

    @Test
    void municipalities_meeting_half_their_key_share_are_counted() {
        GoalResult result = evaluator.evaluate(g2, tenCourses("2023-12-31"));

        assertThat(result.actual()).isEqualTo(Fraction.of(3));
        assertThat(result.status()).isEqualTo(GoalStatus.NOT_MET);
        assertThat(result.fulfilmentPercent()).isEqualTo(Fraction.of(300, 11));
        SpreadBreakdown spread = (SpreadBreakdown) result.breakdown();
        assertThat(spread.guidedCompanies()).isEqualTo(8);
        assertThat(spread.companiesOutsideMunicipalities()).isZero();

        Map<String, MunicipalityVerdict> byCode = byCode(spread);
        assertThat(byCode.get("851").meets()).isFalse();
        assertThat(byCode.get("851").share().companies()).isEqualTo(1);
        assertThat(byCode.get("851").share().courses()).isEqualTo(2);
        assertThat(byCode.get("851").share().actualShare()).isEqualTo(Fraction.of(25, 2));
        assertThat(byCode.get("860").meets()).isTrue();
        assertThat(byCode.get("860").share().actualShare()).isEqualTo(Fraction.of(75, 2));
        assertThat(byCode.get("813").meets()).isTrue();
        assertThat(byCode.get("813").share().companies()).isEqualTo(3);
        assertThat(byCode.get("825").meets()).isTrue();
        assertThat(byCode.get("825").share().actualShare()).isEqualTo(Fraction.of(25));
        assertThat(byCode.get("773").meets()).isFalse();
        assertThat(byCode.get("773").share().companies()).isZero();
        assertThat(byCode.get("787").share().courses()).isZero();
        assertThat(spread.municipalities()).hasSize(11);
    }

    /*
     * Goal 2 at each month's end, the courses counted as they started (thresholds: half the key share,
     * Aalborg 18.68 %, Hjørring 5.40 %, Frederikshavn 4.98 %, Læsø 0.15 %):
     * | month | new courses                 | guided | Aalborg     | Hjørring    | Frederikshavn | Læsø       | meeting |
     * | Jan   | A in 851                    | 1      | 1/1  yes    |             |               |            | 1       |
     * | Feb   | B in 860                    | 2      | 1/2  yes    | 1/2 yes     |               |            | 2       |
     * | Mar   | C..L (10) in 825            | 12     | 1/12 = 8.3  |  8.3 yes    |               | 10/12 yes  | 2       |
     * | May   | M..Q (5) in 851             | 17     | 6/17 yes    | 1/17 = 5.88 |               | yes        | 3       |
     * | Jun   | R in 813                    | 18     | yes         | 1/18 = 5.56 | 1/18 = 5.56   | yes        | 4       |
     * | Jul   | S in 851                    | 19     | yes         | 1/19 = 5.26 no | 5.26 yes   | yes        | 3       |
     * A level can fall: Hjørring drops below its threshold as the others grow. The year before: Y in
     * Thisted in November 2022 makes one municipality from then on.
     */
    @Test
    void each_month_end_counts_the_municipalities_meeting_their_threshold_by_then() {
        List<CourseRow> rows = new ArrayList<>(List.of(company("A").in("851").startedOn("2023-01-10"),
                company("B").in("860").startedOn("2023-02-05")));
        for (char c = 'C'; c <= 'L'; c++) {
            rows.add(company(String.valueOf(c)).in("825").startedOn("2023-03-15"));
        }
        for (char c = 'M'; c <= 'Q'; c++) {
            rows.add(company(String.valueOf(c)).in("851").startedOn("2023-05-02"));
        }
        rows.add(company("R").in("813").startedOn("2023-06-01"));
        rows.add(company("S").in("851").startedOn("2023-07-20"));
        rows.add(company("Y").in("787").startedOn("2022-11-01"));

        GoalResult result = evaluator.evaluate(g2, Nordjylland.facts("2023-12-31", rows.toArray(CourseRow[]::new)));
        SpreadBreakdown spread = (SpreadBreakdown) result.breakdown();

        assertThat(result.actual()).isEqualTo(Fraction.of(3));
        assertThat(spread.byMonthEnd()).extracting(KeyedCount::count)
                .containsExactly(1L, 2L, 2L, 2L, 3L, 4L, 3L, 3L, 3L, 3L, 3L, 3L);
        assertThat(spread.byMonthEnd()).extracting(KeyedCount::key).startsWith("2023-01").endsWith("2023-12");
        assertThat(spread.previousYearByMonthEnd()).extracting(KeyedCount::count)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
    }

    @Test
    void aalborgs_threshold_is_half_of_6592_over_17645() {
        MunicipalityVerdict aalborg = byCode((SpreadBreakdown) evaluator.evaluate(g2, tenCourses("2023-12-31")).breakdown()).get("851");

        // 6592 / 17645 = 37.359...% and half of it 18.679...%
        assertThat(aalborg.share().keyShare()).isEqualTo(Fraction.of(659_200, 17_645));
        assertThat(aalborg.share().keyShare().toBigDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("37.36");
        assertThat(aalborg.thresholdShare()).isEqualTo(Fraction.of(329_600, 17_645));
        assertThat(aalborg.thresholdShare().toBigDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("18.68");
        // Læsø: 53 / 17645 = 0.30 %, threshold 0.15 %
        MunicipalityVerdict laesoe = byCode((SpreadBreakdown) evaluator.evaluate(g2, tenCourses("2023-12-31")).breakdown()).get("825");
        assertThat(laesoe.thresholdShare().toBigDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.15");
    }

    @Test
    void the_split_by_group_and_rural_versus_urban_sums_the_municipalities() {
        SpreadBreakdown spread = (SpreadBreakdown) evaluator.evaluate(g2, tenCourses("2023-12-31")).breakdown();

        // CITY = Aalborg; COMMUTER_BELT = Rebild (914); RURAL = the other nine (17645 - 6592 - 914 = 10139).
        assertThat(spread.municipalityGroups()).containsExactly(
                new GroupShare("CITY", 1, 0, 1, 2, Fraction.percent(6592, 17645), Fraction.of(25, 2)),
                new GroupShare("COMMUTER_BELT", 1, 0, 0, 0, Fraction.percent(914, 17645), Fraction.ZERO),
                new GroupShare("RURAL", 9, 3, 7, 8, Fraction.percent(10139, 17645), Fraction.of(175, 2)));
        assertThat(spread.ruralUrban()).containsExactly(
                new GroupShare("RURAL", 9, 3, 7, 8, Fraction.percent(10139, 17645), Fraction.of(175, 2)),
                new GroupShare("URBAN", 2, 0, 1, 2, Fraction.percent(7506, 17645), Fraction.of(25, 2)));
    }

    @Test
    void while_the_year_runs_three_municipalities_are_on_track_in_march() {
        // 31 March 2023 is day 90 of 365: pro-rata target 11 × 90/365 = 2.71, and 3 ≥ 2.71.
        assertThat(evaluator.evaluate(g2, tenCourses("2023-03-31")).status()).isEqualTo(GoalStatus.ON_TRACK);
        // 30 April is day 120: 11 × 120/365 = 3.62 > 3.
        assertThat(evaluator.evaluate(g2, tenCourses("2023-04-30")).status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void without_a_guided_company_there_is_no_data() {
        GoalResult result = evaluator.evaluate(g2, Nordjylland.facts("2023-12-31", company("X").in("851").retracted()));

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.actual()).isNull();
        assertThat(result.fulfilmentPercent()).isNull();
    }

    @Test
    void a_share_exactly_at_the_threshold_meets_it() {
        // Two municipalities with equal keys: key share 50 %, threshold 25 %. X gets 1 of 4 companies = 25 %.
        House twins = new House("twins", "Twin house", List.of(
                new Municipality("001", "X", 1, MunicipalityGroup.RURAL),
                new Municipality("002", "Y", 1, MunicipalityGroup.CITY)));
        GoalDefinition goal = new GoalDefinition("G2", 2, "spread", null, MetricKind.GEOGRAPHIC_SPREAD, Unit.COUNT,
                Comparison.AT_LEAST, new BigDecimal("2"), "guidance-service", Map.of("minimumShareOfKeyShare", 0.5), List.of());
        GoalFacts facts = GoalFacts.of(twins, new ContractPeriod(2023, LocalDate.of(2023, 12, 31)), List.of(
                company("A").house("twins").in("001").build(),
                company("B").house("twins").in("002").build(),
                company("C").house("twins").in("002").build(),
                company("D").house("twins").in("002").build()), List.of());

        SpreadBreakdown spread = (SpreadBreakdown) evaluator.evaluate(goal, facts).breakdown();

        assertThat(spread.municipalities().get(0).thresholdShare()).isEqualTo(Fraction.of(25));
        assertThat(spread.municipalities().get(0).meets()).isTrue();
    }

    @Test
    void companies_outside_the_houses_municipalities_count_in_the_denominator_only() {
        // A in Aalborg, B in Copenhagen (101): Aalborg has 1 of 2 = 50 %.
        SpreadBreakdown spread = (SpreadBreakdown) evaluator.evaluate(g2,
                Nordjylland.facts("2023-12-31", company("A").in("851"), company("B").in("101"))).breakdown();

        assertThat(spread.guidedCompanies()).isEqualTo(2);
        assertThat(spread.companiesOutsideMunicipalities()).isEqualTo(1);
        assertThat(byCode(spread).get("851").share().actualShare()).isEqualTo(Fraction.of(50));
    }

    private static Map<String, MunicipalityVerdict> byCode(SpreadBreakdown spread) {
        return spread.municipalities().stream()
                .collect(java.util.stream.Collectors.toMap(v -> v.share().code(), v -> v));
    }
}
