package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Theme;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.erhvervshus.contracts.codes.ReferralDirection.INBOUND;
import static dk.erhvervshus.contracts.codes.ReferralDirection.OUTBOUND;
import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static dk.erhvervshus.reporting.goals.Nordjylland.HOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The municipality view's courses by category and theme and its referrals in and out, as of
 * 2023-06-30, against numbers worked out by hand from the rules:
 *
 * <pre>
 * course      company  municipality  category      themes                        started     counts?
 * a1          A        851 Aalborg    GROWTH        GREEN_TRANSITION, DIGITAL.   2023-02-01  yes
 * a2          A        860 Hjørring   SHORT         INNOVATION                   2023-01-15  yes (A's first)
 * course-b-2  B        851 Aalborg    OPERATION     -                            2023-03-01  yes
 * course-b-1  B        813 Frederiksh GROWTH        GREEN_TRANSITION             2023-03-01  yes (B's first: same day, lower id)
 * c1          C        851 Aalborg    GROWTH        -                            2023-07-15  no (after asOf)
 * d1          D        860 Hjørring   EARLY_WARNING -                            2023-02-01  no (retracted)
 * e1          E        101 (outside)  GROWTH        -                            2023-04-01  yes, in no municipality of the house
 *
 * referral  direction  company  names  made        outcome (reported)   placed in
 * R1        INBOUND    A        849    2023-02-01  used (2023-03-01)     849, named
 * R2        OUTBOUND   A        -      2023-03-10  not used (2023-05-01) 860, A's first course
 * R3        OUTBOUND   B        -      2023-04-01  used (2023-08-01)     813, B's first course; unreported by asOf
 * R4        INBOUND    Z        -      2023-04-02  -                     unplaced: Z had no course
 * R5        OUTBOUND   E        -      2023-04-03  -                     unplaced: E's course is outside the house
 * R6        OUTBOUND   C        -      2023-04-04  -                     unplaced: C's course is after asOf
 * R7        INBOUND    B        851    2023-07-01  -                     not counted: after asOf
 * R8        OUTBOUND   A        851    2022-12-20  -                     not counted: the year before
 * R9        INBOUND    B        851    2023-05-05  -                     851, named
 * </pre>
 */
class MunicipalityActivityTest {

    private static final LocalDate AS_OF = LocalDate.parse("2023-06-30");

    private final MunicipalityActivity activity = activity();

    private static MunicipalityActivity activity() {
        List<GuidedCourse> courses = List.of(
                company("A").id("a1").in("851").category(GuidanceCategory.GROWTH)
                        .themes(Theme.GREEN_TRANSITION, Theme.DIGITALISATION).startedOn("2023-02-01").build(),
                company("A").id("a2").in("860").category(GuidanceCategory.SHORT)
                        .themes(Theme.INNOVATION).startedOn("2023-01-15").build(),
                company("B").id("course-b-2").in("851").category(GuidanceCategory.OPERATION).startedOn("2023-03-01").build(),
                company("B").id("course-b-1").in("813").category(GuidanceCategory.GROWTH)
                        .themes(Theme.GREEN_TRANSITION).startedOn("2023-03-01").build(),
                company("C").id("c1").in("851").startedOn("2023-07-15").build(),
                company("D").id("d1").in("860").category(GuidanceCategory.EARLY_WARNING).startedOn("2023-02-01")
                        .retracted().build(),
                company("E").id("e1").in("101").startedOn("2023-04-01").build());
        List<Referral> referrals = List.of(
                referral("R1", INBOUND, "A", "849", "2023-02-01", true, "2023-03-01"),
                referral("R2", OUTBOUND, "A", null, "2023-03-10", false, "2023-05-01"),
                referral("R3", OUTBOUND, "B", null, "2023-04-01", true, "2023-08-01"),
                referral("R4", INBOUND, "Z", null, "2023-04-02", null, null),
                referral("R5", OUTBOUND, "E", null, "2023-04-03", null, null),
                referral("R6", OUTBOUND, "C", null, "2023-04-04", null, null),
                referral("R7", INBOUND, "B", "851", "2023-07-01", null, null),
                referral("R8", OUTBOUND, "A", "851", "2022-12-20", null, null),
                referral("R9", INBOUND, "B", "851", "2023-05-05", null, null));
        ContractPeriod period = new ContractPeriod(2023, AS_OF);
        GoalFacts facts = GoalFacts.of(HOUSE, period, courses, List.of(),
                SurveyFacts.of(HOUSE, period, List.of(), List.of(), referrals, List.of(), List.of()));
        return MunicipalityActivity.of(HOUSE, AS_OF, facts.coursesStartedInYear(), facts.survey().referralsOfYear());
    }

    @Test
    void a_course_counts_in_its_municipality_once_by_category_and_once_under_each_theme() {
        assertThat(counts(activity.in("851").coursesByCategory()))
                .containsExactly(Map.entry("GROWTH", 1L), Map.entry("OPERATION", 1L), Map.entry("SHORT", 0L),
                        Map.entry("EARLY_WARNING", 0L));
        assertThat(counts(activity.in("851").coursesByTheme()))
                .containsEntry("GREEN_TRANSITION", 1L).containsEntry("DIGITALISATION", 1L)
                .containsEntry("INNOVATION", 0L);
        assertThat(counts(activity.in("860").coursesByCategory())).containsEntry("SHORT", 1L)
                .containsEntry("EARLY_WARNING", 0L);
        assertThat(counts(activity.in("860").coursesByTheme())).containsEntry("INNOVATION", 1L);
        assertThat(counts(activity.in("813").coursesByCategory())).containsEntry("GROWTH", 1L);
        assertThat(counts(activity.in("813").coursesByTheme())).containsEntry("GREEN_TRANSITION", 1L);
    }

    @Test
    void every_category_and_theme_is_listed_with_zero_where_nothing_happened() {
        MunicipalityActivity.Local quiet = activity.in("846");

        assertThat(quiet.coursesByCategory()).extracting(KeyedCount::key)
                .containsExactly("GROWTH", "OPERATION", "SHORT", "EARLY_WARNING");
        assertThat(quiet.coursesByTheme()).extracting(KeyedCount::key)
                .containsExactly(List.of(Theme.values()).stream().map(Theme::name).toArray(String[]::new));
        assertThat(quiet.coursesByCategory()).extracting(KeyedCount::count).containsOnly(0L);
        assertThat(quiet.coursesByTheme()).extracting(KeyedCount::count).containsOnly(0L);
        assertThat(quiet.referralsIn()).isEqualTo(ReferralOutcomes.NONE);
        assertThat(quiet.referralsOut()).isEqualTo(ReferralOutcomes.NONE);
    }

    @Test
    void a_referral_counts_where_it_names_else_where_the_company_had_its_first_course() {
        assertThat(activity.in("849").referralsIn()).isEqualTo(new ReferralOutcomes(1, 1, 0, 0));
        assertThat(activity.in("851").referralsIn()).isEqualTo(new ReferralOutcomes(1, 0, 0, 1));
        assertThat(activity.in("851").referralsOut()).isEqualTo(ReferralOutcomes.NONE);
        assertThat(activity.in("860").referralsOut()).isEqualTo(new ReferralOutcomes(1, 0, 1, 0));
        assertThat(activity.in("813").referralsOut()).isEqualTo(new ReferralOutcomes(1, 0, 0, 1));
    }

    @Test
    void referrals_that_can_be_placed_nowhere_are_counted_apart() {
        assertThat(activity.unplacedReferralsIn()).isEqualTo(new ReferralOutcomes(1, 0, 0, 1));
        assertThat(activity.unplacedReferralsOut()).isEqualTo(new ReferralOutcomes(2, 0, 0, 2));
    }

    @Test
    void a_municipality_outside_the_house_has_no_figures() {
        assertThatThrownBy(() -> activity.in("101")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Long> counts(List<KeyedCount> rows) {
        return rows.stream().collect(Collectors.toMap(KeyedCount::key, KeyedCount::count, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static Referral referral(String id, ReferralDirection direction, String cvr, String municipality,
                                     String referredOn, Boolean used, String reportedOn) {
        return new Referral(id, "nordjylland", cvr, LocalDate.parse(referredOn), direction, municipality, used,
                reportedOn == null ? null : LocalDate.parse(reportedOn));
    }
}
