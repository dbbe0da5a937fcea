package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.reference.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.erhvervshus.contracts.codes.ReferralUse.DONT_KNOW;
import static dk.erhvervshus.contracts.codes.ReferralUse.NO;
import static dk.erhvervshus.contracts.codes.ReferralUse.YES;
import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static dk.erhvervshus.reporting.goals.ResponseRow.response;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralUptakeCalculatorTest {

    private final GoalEvaluator evaluator = new GoalEvaluator();
    private final GoalDefinition g4 = Nordjylland.goal("G4-REFERRAL-UPTAKE");

    /*
     * Survey:
     * | response | segment   | received a referral | used it   |
     * | R1       | GROWTH    | yes                 | YES       |
     * | R2       | GROWTH    | yes                 | YES       |
     * | R3       | GROWTH    | yes                 | NO        |
     * | R4       | GROWTH    | yes                 | DONT_KNOW |
     * | R5       | GROWTH    | yes                 | (missing) |
     * | R6       | GROWTH    | no                  | -         |  not in the goal
     * | R7       | GROWTH    | (missing)           | -         |  not in the goal
     * | R8       | OPERATION | yes                 | YES       |  both segments count
     * Catalogue (DONT_KNOW and missing count): 3 YES / 6 referred = 50 %.
     * Without them: 3 YES / (3 YES + 1 NO) = 75 %.
     *
     * Referrals read model (shown, not judged):
     * | F1 | OUTBOUND | 2023-02-01 | used, reported 2023-03-01     |
     * | F2 | OUTBOUND | 2023-03-01 | not used, reported 2023-04-01 |
     * | F3 | OUTBOUND | 2023-04-01 | no outcome                    |
     * | F4 | OUTBOUND | 2023-05-01 | used, reported 2024-01-15     |
     * | F5 | INBOUND  | 2023-05-01 | -                             |  not outbound
     * | F6 | OUTBOUND | 2022-12-01 | used                          |  not of Y
     * As of 2023-12-31: 4 referrals, 1 used, 1 not used, 2 unreported (F3; F4 reported later).
     */
    private static SurveyTable table() {
        return SurveyTable.survey()
                .courses(company("cvr-R1").startedOn("2023-02-01"), company("cvr-R8").startedOn("2022-10-01"))
                .responses(
                        response("R1").referred(true, YES), response("R2").referred(true, YES),
                        response("R3").referred(true, NO), response("R4").referred(true, DONT_KNOW),
                        response("R5").referred(true, null), response("R6").referred(false, null),
                        response("R7"), response("R8").operation().referred(true, YES))
                .referrals(
                        referral("F1", ReferralDirection.OUTBOUND, "2023-02-01", true, "2023-03-01"),
                        referral("F2", ReferralDirection.OUTBOUND, "2023-03-01", false, "2023-04-01"),
                        referral("F3", ReferralDirection.OUTBOUND, "2023-04-01", null, null),
                        referral("F4", ReferralDirection.OUTBOUND, "2023-05-01", true, "2024-01-15"),
                        referral("F5", ReferralDirection.INBOUND, "2023-05-01", null, null),
                        referral("F6", ReferralDirection.OUTBOUND, "2022-12-01", true, "2023-01-10"));
    }

    private static Referral referral(String id, ReferralDirection direction, String referredOn, Boolean used, String reportedOn) {
        return new Referral(id, "nordjylland", "cvr-" + id, LocalDate.parse(referredOn), direction, null, used,
                reportedOn == null ? null : LocalDate.parse(reportedOn));
    }

    @Test
    void used_over_every_referred_respondent_when_dont_know_and_missing_count() {
        GoalResult result = evaluator.evaluate(g4, table().asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(3);
        assertThat(result.denominator()).isEqualTo(6);
        assertThat(result.actual()).isEqualTo(Fraction.of(50));
        assertThat(result.status()).isEqualTo(GoalStatus.MET);
        assertThat(result.breakdown()).isInstanceOfSatisfying(ReferralUptakeBreakdown.class, b -> {
            assertThat(b.dontKnowCountsInDenominator()).isTrue();
            assertThat(b.responses()).isEqualTo(6);
            assertThat(b.byAnswer()).containsExactly(new KeyedCount("YES", null, 3), new KeyedCount("NO", null, 1),
                    new KeyedCount("DONT_KNOW", null, 1), new KeyedCount("MISSING", null, 1));
            // R2-R5 have no course; R1 (2023) and R8 (2022) have.
            assertThat(b.responsesWithoutGuidance().count()).isEqualTo(4);
        });
    }

    @Test
    void without_dont_know_only_yes_and_no_are_in_the_denominator() {
        GoalDefinition yesOrNo = Nordjylland.goal("G4-REFERRAL-UPTAKE", "dontKnowCountsInDenominator", false);

        GoalResult result = evaluator.evaluate(yesOrNo, table().asOf("2023-12-31"));

        assertThat(result.numerator()).isEqualTo(3);
        assertThat(result.denominator()).isEqualTo(4);
        assertThat(result.actual()).isEqualTo(Fraction.of(75));
    }

    @Test
    void the_referrals_read_model_is_shown_beside_the_goal_by_outcome_as_of_the_date() {
        ReferralOutcomes yearEnd = ((ReferralUptakeBreakdown) evaluator.evaluate(g4, table().asOf("2023-12-31")).breakdown())
                .outboundReferrals();
        ReferralOutcomes january = ((ReferralUptakeBreakdown) evaluator.evaluate(g4, table().asOf("2024-01-31")).breakdown())
                .outboundReferrals();
        ReferralOutcomes march = ((ReferralUptakeBreakdown) evaluator.evaluate(g4, table().asOf("2023-03-15")).breakdown())
                .outboundReferrals();

        assertThat(yearEnd).isEqualTo(new ReferralOutcomes(4, 1, 1, 2));
        assertThat(january).isEqualTo(new ReferralOutcomes(4, 2, 1, 1)); // F4's outcome is known by then
        assertThat(march).isEqualTo(new ReferralOutcomes(2, 1, 0, 1));   // F1 and F2 made; F2's outcome not yet
    }

    @Test
    void without_referred_respondents_there_is_no_data() {
        GoalResult result = evaluator.evaluate(g4, SurveyTable.survey()
                .responses(response("A").referred(false, null)).asOf("2023-12-31"));

        assertThat(result.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(result.awaitingFeed()).isEqualTo(g4.feed());
    }
}
