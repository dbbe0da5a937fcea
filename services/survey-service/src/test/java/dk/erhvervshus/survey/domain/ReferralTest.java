package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.validation.ConflictException;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.InvalidInputException;
import dk.erhvervshus.validation.NotFoundException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTest {

    private static final ReferralMade MADE = new ReferralMade("REF-1", "nordjylland", "13585628",
            LocalDate.of(2023, 9, 1), ReferralDirection.OUTBOUND, CounterpartType.PRIVATE_ADVISOR, "Revisor Hansen ApS",
            "851");

    private static Referral given(ReferralEvent... history) {
        return Referral.rebuild("REF-1", List.of(history));
    }

    private static ReferralOutcomeReported outcome(boolean used, String reportedOn) {
        return new ReferralOutcomeReported("REF-1", used, LocalDate.parse(reportedOn));
    }

    @Test
    void a_new_referral_is_made() {
        assertThat(given().decide(MADE)).containsExactly(MADE);
    }

    @Test
    void sending_the_same_referral_again_changes_nothing() {
        assertThat(given(MADE).decide(MADE)).isEmpty();
    }

    @Test
    void a_different_referral_under_a_used_id_is_a_conflict() {
        ReferralMade other = new ReferralMade("REF-1", "nordjylland", "19319970", MADE.referredOn(), MADE.direction(),
                MADE.counterpartType(), MADE.counterpartName(), MADE.municipalityCode());

        assertThatThrownBy(() -> given(MADE).decide(other)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("REF-1");
    }

    @Test
    void an_outcome_of_a_referral_never_made_is_not_found() {
        assertThatThrownBy(() -> given().decide(outcome(true, "2023-12-01"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_outcome_is_reported_on_or_after_the_day_of_the_referral() {
        assertThat(given(MADE).decide(outcome(true, "2023-09-01"))).hasSize(1);
        assertThatThrownBy(() -> given(MADE).decide(outcome(true, "2023-08-31")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("reportedOn", "must not be before the referral was made (2023-09-01)")));
    }

    @Test
    void a_later_outcome_replaces_the_earlier_one_and_a_repeated_one_changes_nothing() {
        Referral referral = given(MADE, outcome(false, "2023-10-01"));

        assertThat(referral.decide(outcome(false, "2023-10-01"))).isEmpty();
        assertThat(referral.decide(outcome(true, "2023-12-01"))).containsExactly(outcome(true, "2023-12-01"));
    }

    @Test
    void replaying_the_history_restores_the_referral_and_its_latest_outcome() {
        Referral referral = given(MADE, outcome(false, "2023-10-01"), outcome(true, "2023-12-01"));

        assertThat(referral.exists()).isTrue();
        assertThat(referral.version()).isEqualTo(3);
        assertThat(referral.made()).contains(MADE);
        assertThat(referral.latestOutcome()).contains(outcome(true, "2023-12-01"));
    }

    @Test
    void an_event_of_another_referral_is_a_programming_error() {
        ReferralOutcomeReported elsewhere = new ReferralOutcomeReported("REF-2", true, LocalDate.of(2023, 12, 1));

        assertThatThrownBy(() -> given(MADE).decide(elsewhere)).isInstanceOf(IllegalArgumentException.class);
    }
}
