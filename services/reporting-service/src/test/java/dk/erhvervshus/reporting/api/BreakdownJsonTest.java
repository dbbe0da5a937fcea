package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.problems.StrictJson;
import dk.erhvervshus.reference.MunicipalityGroup;
import dk.erhvervshus.reporting.goals.ActivityProgress;
import dk.erhvervshus.reporting.goals.AnswerShareBreakdown;
import dk.erhvervshus.reporting.goals.AwarenessBreakdown;
import dk.erhvervshus.reporting.goals.CohortGrowthBreakdown;
import dk.erhvervshus.reporting.goals.CohortMeasure;
import dk.erhvervshus.reporting.goals.CourseBreakdown;
import dk.erhvervshus.reporting.goals.Fraction;
import dk.erhvervshus.reporting.goals.GoalBreakdown;
import dk.erhvervshus.reporting.goals.GroupGrowth;
import dk.erhvervshus.reporting.goals.GroupShare;
import dk.erhvervshus.reporting.goals.KeyedCount;
import dk.erhvervshus.reporting.goals.MunicipalityShare;
import dk.erhvervshus.reporting.goals.MunicipalityVerdict;
import dk.erhvervshus.reporting.goals.NewCompanyBreakdown;
import dk.erhvervshus.reporting.goals.NpsBreakdown;
import dk.erhvervshus.reporting.goals.ReferralOutcomes;
import dk.erhvervshus.reporting.goals.ReferralUptakeBreakdown;
import dk.erhvervshus.reporting.goals.ResponseRef;
import dk.erhvervshus.reporting.goals.ResponsesWithoutGuidance;
import dk.erhvervshus.reporting.goals.SegmentShare;
import dk.erhvervshus.reporting.goals.SpreadBreakdown;
import dk.erhvervshus.reporting.goals.WheelBreakdown;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goal detail answer as bytes. The expected strings were rendered by the 45-field
 * {@code Breakdowns} record this API had before each breakdown kind got its own record: a dashboard
 * reading the old answer reads the new one unchanged, nulls left out exactly where they were.
 */
class BreakdownJsonTest {

    // The REST layer's mapper is Quarkus's (java.time as ISO text) with the shared strict rules.
    private final ObjectMapper mapper = StrictJson.apply(JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build());

    private static final ResponsesWithoutGuidance TWO_UNGUIDED = new ResponsesWithoutGuidance(2,
            List.of(new ResponseRef("ES-2", "99999999"), new ResponseRef("ES-3", "88888888")));

    // The breakdowns' bytes are as before; the fields knownAt, freshness and feeds are new beside them.
    private static final String HEAD = "{\"house\":\"nordjylland\",\"year\":2023,\"asOf\":\"2023-06-30\","
            + "\"knownAt\":\"1970-01-01T00:00:00Z\",\"computedAt\":\"1970-01-01T00:00:00Z\",\"dataAsOf\":{},\"freshness\":{},"
            + "\"id\":\"G\",\"contractGoal\":1,\"title\":\"t\","
            + "\"description\":\"d\",\"unit\":\"COUNT\",\"comparison\":\"AT_LEAST\",\"target\":1,\"actual\":1,"
            + "\"numerator\":1,\"denominator\":1,\"fulfilmentPercent\":100,\"status\":\"MET\",\"feed\":null,"
            + "\"awaitingFeed\":null,\"feeds\":[\"guidance\"]";

    @Test
    void every_kind_of_breakdown_has_a_record_of_its_own() {
        ActivityProgress planned = new ActivityProgress("A", "a", ActivityStatus.PLANNED, null, null);
        ResponsesWithoutGuidance none = new ResponsesWithoutGuidance(0, List.of());
        List<GoalBreakdown> oneOfEach = List.of(
                new CourseBreakdown(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                new SpreadBreakdown(0, 0, List.of(), List.of(), List.of(), List.of(), List.of()),
                new NewCompanyBreakdown(0, 0, 0, 0),
                new WheelBreakdown(0, 0, 0, 0, null, planned, List.of(), List.of()),
                new AwarenessBreakdown("S", LocalDate.of(2023, 1, 1), 0, 0, 0, 1),
                new AnswerShareBreakdown(null, false, 0, List.of(), List.of(), none),
                new NpsBreakdown(Segment.GROWTH, 0, 0, 0, 0, 0, none),
                new ReferralUptakeBreakdown(false, 0, List.of(), new ReferralOutcomes(0, 0, 0, 0), none),
                new CohortGrowthBreakdown(null, CohortMeasure.FTE, List.of(), 2021, 2023,
                        new GroupGrowth(0, 0, null), new GroupGrowth(0, 0, null)));

        assertThat(oneOfEach).extracting(Object::getClass).containsExactlyInAnyOrder(GoalBreakdown.class.getPermittedSubclasses());
        for (GoalBreakdown kind : oneOfEach) {
            assertThat(GoalResponses.breakdowns(kind).getClass().getSimpleName())
                    .isEqualTo(kind.getClass().getSimpleName() + "View");
        }
    }

    @Test
    void a_goal_without_a_breakdown_has_no_breakdowns_field() throws Exception {
        assertThat(render(null)).isEqualTo(HEAD + "}");
    }

    @Test
    void course_counts_render_as_before() throws Exception {
        CourseBreakdown b = new CourseBreakdown(
                List.of(new KeyedCount("851", "Aalborg", 3), new KeyedCount("860", "Hjørring", 1)),
                List.of(new KeyedCount("GROWTH", null, 2)),
                List.of(new KeyedCount("GREEN_TRANSITION", null, 1)),
                List.of(new KeyedCount("2023-01", null, 3)),
                List.of(new KeyedCount("2023-01", null, 3)),
                List.of(new KeyedCount("2022-01", null, 4)));

        assertThat(render(b)).isEqualTo(HEAD + ",\"breakdowns\":{\"byMunicipality\":[{\"key\":\"851\",\"name\":\"Aalborg\","
                + "\"count\":3},{\"key\":\"860\",\"name\":\"Hjørring\",\"count\":1}],\"byCategory\":[{\"key\":\"GROWTH\","
                + "\"count\":2}],\"byTheme\":[{\"key\":\"GREEN_TRANSITION\",\"count\":1}],\"byMonth\":[{\"key\":\"2023-01\","
                + "\"count\":3}],\"byMonthEnd\":[{\"key\":\"2023-01\",\"count\":3}],"
                + "\"previousYearByMonthEnd\":[{\"key\":\"2022-01\",\"count\":4}]}}");
    }

    @Test
    void the_geographic_spread_renders_as_before() throws Exception {
        SpreadBreakdown b = new SpreadBreakdown(3, 1,
                List.of(new MunicipalityVerdict(new MunicipalityShare("851", "Aalborg", MunicipalityGroup.CITY, 2, 4,
                                Fraction.of(2, 3), Fraction.percent(2, 3)), Fraction.of(1, 3), true),
                        new MunicipalityVerdict(new MunicipalityShare("860", "Hjørring", MunicipalityGroup.RURAL, 0, 0,
                                Fraction.of(1, 20), null), null, false)),
                List.of(new GroupShare("CITY", 1, 1, 2, 4, Fraction.of(2, 3), Fraction.percent(2, 3))),
                List.of(new GroupShare("RURAL", 1, 0, 0, 0, Fraction.of(1, 20), null)),
                List.of(new KeyedCount("2023-01", null, 1)),
                List.of(new KeyedCount("2022-01", null, 2)));

        assertThat(render(b)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"guidedCompanies\":3,\"companiesOutsideMunicipalities\":1,"
                + "\"municipalities\":[{\"code\":\"851\",\"name\":\"Aalborg\",\"group\":\"CITY\",\"companies\":2,"
                + "\"courses\":4,\"keyShare\":0.7,\"actualShare\":66.7,\"thresholdShare\":0.3,\"meets\":true},"
                + "{\"code\":\"860\",\"name\":\"Hjørring\",\"group\":\"RURAL\",\"companies\":0,\"courses\":0,"
                + "\"keyShare\":0.1,\"actualShare\":null,\"thresholdShare\":null,\"meets\":false}],"
                + "\"municipalityGroups\":[{\"group\":\"CITY\",\"municipalities\":1,\"municipalitiesMeeting\":1,"
                + "\"companies\":2,\"courses\":4,\"keyShare\":0.7,\"actualShare\":66.7}],"
                + "\"ruralUrban\":[{\"group\":\"RURAL\",\"municipalities\":1,\"municipalitiesMeeting\":0,"
                + "\"companies\":0,\"courses\":0,\"keyShare\":0.1,\"actualShare\":null}],"
                + "\"byMonthEnd\":[{\"key\":\"2023-01\",\"count\":1}],"
                + "\"previousYearByMonthEnd\":[{\"key\":\"2022-01\",\"count\":2}]}}");
    }

    @Test
    void new_companies_render_as_before() throws Exception {
        assertThat(render(new NewCompanyBreakdown(10, 8, 5, 3))).isEqualTo(HEAD
                + ",\"breakdowns\":{\"guidedCompanies\":10,\"evaluatedCompanies\":8,\"newCompanies\":5,"
                + "\"returningCompanies\":3}}");
    }

    @Test
    void the_sustainability_wheel_renders_as_before_with_and_without_green_courses() throws Exception {
        WheelBreakdown reported = new WheelBreakdown(12, 7, 3, 2, Fraction.percent(2, 3),
                new ActivityProgress("G5-A1", "Selvhjælp", ActivityStatus.DONE, LocalDate.of(2023, 9, 1), "live"),
                List.of(new KeyedCount("2023-01", null, 7)), List.of());
        WheelBreakdown neverReported = new WheelBreakdown(0, 0, 0, 0, null,
                new ActivityProgress("G5-A1", "Selvhjælp", ActivityStatus.PLANNED, null, null), List.of(), List.of());

        assertThat(render(reported)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"coursesInYear\":12,\"wheelUsedCourses\":7,\"greenTransitionCourses\":3,"
                + "\"greenTransitionCoursesWithWheel\":2,\"greenTransitionWheelShare\":66.7,"
                + "\"selfHelpActivity\":{\"id\":\"G5-A1\",\"title\":\"Selvhjælp\",\"status\":\"DONE\","
                + "\"changedOn\":\"2023-09-01\",\"note\":\"live\"},"
                + "\"byMonthEnd\":[{\"key\":\"2023-01\",\"count\":7}],\"previousYearByMonthEnd\":[]}}");
        assertThat(render(neverReported)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"coursesInYear\":0,\"wheelUsedCourses\":0,\"greenTransitionCourses\":0,"
                + "\"greenTransitionCoursesWithWheel\":0,\"selfHelpActivity\":{\"id\":\"G5-A1\","
                + "\"title\":\"Selvhjælp\",\"status\":\"PLANNED\"},\"byMonthEnd\":[],\"previousYearByMonthEnd\":[]}}");
    }

    @Test
    void an_awareness_survey_renders_as_before() throws Exception {
        assertThat(render(new AwarenessBreakdown("KM-2", LocalDate.of(2023, 10, 15), 400, 123, 45, 2))).isEqualTo(HEAD
                + ",\"breakdowns\":{\"surveyId\":\"KM-2\",\"conductedOn\":\"2023-10-15\",\"respondents\":400,"
                + "\"awareOfHouse\":123,\"awareOfGreenServices\":45,\"surveysInYear\":2}}");
    }

    @Test
    void an_answer_share_renders_as_before_for_one_segment_and_for_both() throws Exception {
        AnswerShareBreakdown oneSegment = new AnswerShareBreakdown(Segment.GROWTH, false, 4,
                List.of(new KeyedCount("VERY_SATISFIED", null, 2), new KeyedCount("DONT_KNOW", null, 1)),
                List.of(), TWO_UNGUIDED);
        AnswerShareBreakdown bothSegments = new AnswerShareBreakdown(null, true, 5,
                List.of(new KeyedCount("HIGH", null, 3)),
                List.of(new SegmentShare(Segment.GROWTH, 2, 3, Fraction.percent(2, 3)),
                        new SegmentShare(Segment.OPERATION, 0, 0, null)),
                new ResponsesWithoutGuidance(0, List.of()));

        assertThat(render(oneSegment)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"segment\":\"GROWTH\",\"dontKnowCountsInDenominator\":false,\"responses\":4,"
                + "\"byAnswer\":[{\"key\":\"VERY_SATISFIED\",\"count\":2},{\"key\":\"DONT_KNOW\",\"count\":1}],"
                + "\"responsesWithoutGuidance\":{\"count\":2,\"responses\":[{\"responseId\":\"ES-2\","
                + "\"cvr\":\"99999999\"},{\"responseId\":\"ES-3\",\"cvr\":\"88888888\"}]}}}");
        assertThat(render(bothSegments)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"dontKnowCountsInDenominator\":true,\"responses\":5,"
                + "\"byAnswer\":[{\"key\":\"HIGH\",\"count\":3}],\"bySegment\":[{\"segment\":\"GROWTH\","
                + "\"numerator\":2,\"denominator\":3,\"share\":66.7},{\"segment\":\"OPERATION\",\"numerator\":0,"
                + "\"denominator\":0,\"share\":null}],\"responsesWithoutGuidance\":{\"count\":0,\"responses\":[]}}}");
    }

    @Test
    void a_net_promoter_score_renders_as_before() throws Exception {
        assertThat(render(new NpsBreakdown(Segment.GROWTH, 4, 2, 1, 1, 0, TWO_UNGUIDED))).isEqualTo(HEAD
                + ",\"breakdowns\":{\"segment\":\"GROWTH\",\"responses\":4,\"promoters\":2,\"passives\":1,"
                + "\"detractors\":1,\"missingScores\":0,\"responsesWithoutGuidance\":{\"count\":2,"
                + "\"responses\":[{\"responseId\":\"ES-2\",\"cvr\":\"99999999\"},{\"responseId\":\"ES-3\","
                + "\"cvr\":\"88888888\"}]}}}");
    }

    @Test
    void referral_uptake_renders_as_before() throws Exception {
        ReferralUptakeBreakdown b = new ReferralUptakeBreakdown(false, 3,
                List.of(new KeyedCount("YES", null, 1), new KeyedCount("NO", null, 1), new KeyedCount("DONT_KNOW", null, 0),
                        new KeyedCount("MISSING", null, 1)),
                new ReferralOutcomes(4, 1, 1, 2), TWO_UNGUIDED);

        assertThat(render(b)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"dontKnowCountsInDenominator\":false,\"responses\":3,"
                + "\"byAnswer\":[{\"key\":\"YES\",\"count\":1},{\"key\":\"NO\",\"count\":1},{\"key\":\"DONT_KNOW\","
                + "\"count\":0},{\"key\":\"MISSING\",\"count\":1}],\"outboundReferrals\":{\"referrals\":4,\"used\":1,"
                + "\"notUsed\":1,\"unreported\":2},\"responsesWithoutGuidance\":{\"count\":2,"
                + "\"responses\":[{\"responseId\":\"ES-2\",\"cvr\":\"99999999\"},{\"responseId\":\"ES-3\","
                + "\"cvr\":\"88888888\"}]}}}");
    }

    @Test
    void a_cohort_growth_renders_as_before_with_and_without_a_growth() throws Exception {
        CohortGrowthBreakdown growth = new CohortGrowthBreakdown(Segment.GROWTH, CohortMeasure.REVENUE, List.of("C-G", "C-H"),
                2021, 2023, new GroupGrowth(2, 1, Fraction.of(100, 3)), new GroupGrowth(1, 0, Fraction.ZERO));
        CohortGrowthBreakdown noGrowth = new CohortGrowthBreakdown(null, CohortMeasure.REVENUE_PER_FTE, List.of("C-X"),
                2021, 2023, new GroupGrowth(0, 2, null), new GroupGrowth(0, 0, null));

        assertThat(render(growth)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"segment\":\"GROWTH\",\"measure\":\"REVENUE\",\"cohortIds\":[\"C-G\",\"C-H\"],"
                + "\"baseYear\":2021,\"endYear\":2023,\"treatedUsed\":2,\"treatedLeftOut\":1,\"controlUsed\":1,"
                + "\"controlLeftOut\":0,\"treatedGrowthPercent\":33.3,\"controlGrowthPercent\":0}}");
        assertThat(render(noGrowth)).isEqualTo(HEAD
                + ",\"breakdowns\":{\"measure\":\"REVENUE_PER_FTE\",\"cohortIds\":[\"C-X\"],\"baseYear\":2021,"
                + "\"endYear\":2023,\"treatedUsed\":0,\"treatedLeftOut\":2,\"controlUsed\":0,\"controlLeftOut\":0}}");
    }

    /**
     * The detail as the maintained goals answer it: the breakdown rendered once to a JSON tree (as
     * stored), then written inside the answer.
     */
    private String render(GoalBreakdown breakdown) throws Exception {
        BreakdownView view = GoalResponses.breakdowns(breakdown);
        GoalDetailResponse detail = new GoalDetailResponse("nordjylland", 2023, LocalDate.of(2023, 6, 30), Instant.EPOCH,
                Instant.EPOCH, Map.of(), Map.of(), "G", 1, "t", "d", "COUNT", "AT_LEAST", BigDecimal.ONE, BigDecimal.ONE,
                1L, 1L, new BigDecimal("100"), "MET", null, null, List.of("guidance"), List.of(),
                view == null ? null : mapper.readTree(mapper.writeValueAsString(view)), List.of());
        return mapper.writeValueAsString(detail);
    }
}
