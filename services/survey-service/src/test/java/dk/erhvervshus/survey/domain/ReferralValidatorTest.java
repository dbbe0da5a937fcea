package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.erhvervshus.survey.domain.TestFixtures.fieldsOf;
import static dk.erhvervshus.survey.domain.TestFixtures.messageFor;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralValidatorTest {

    private final ReferralValidator validator = new ReferralValidator(TestFixtures.HOUSES, TestFixtures.TODAY);

    private static ReferralForm referral(String municipalityCode, String counterpartName) {
        return new ReferralForm("REF-1", "nordjylland", "13585628", "2023-09-01", "OUTBOUND", "PRIVATE_ADVISOR",
                counterpartName, municipalityCode);
    }

    @Test
    void a_complete_referral_becomes_referral_made() {
        ReferralMade made = validator.validate(referral("851", "Revisor Hansen ApS")).orElseThrow();

        assertThat(made).isEqualTo(new ReferralMade("REF-1", "nordjylland", "13585628", LocalDate.of(2023, 9, 1),
                ReferralDirection.OUTBOUND, CounterpartType.PRIVATE_ADVISOR, "Revisor Hansen ApS", "851"));
    }

    @Test
    void the_municipality_is_optional() {
        assertThat(validator.validate(referral(null, "Revisor Hansen ApS")).orElseThrow().municipalityCode()).isNull();
        assertThat(validator.validate(referral(" ", "Revisor Hansen ApS")).orElseThrow().municipalityCode()).isNull();
    }

    @Test
    void a_municipality_outside_the_house_is_rejected() {
        assertThat(messageFor(validator.validate(referral("101", "Revisor Hansen ApS")), "municipalityCode"))
                .isEqualTo("municipality '101' does not belong to house 'nordjylland'");
    }

    @Test
    void the_counterpart_is_named_in_at_most_200_characters() {
        assertThat(messageFor(validator.validate(referral("851", null)), "counterpartName")).isEqualTo("is required");
        assertThat(validator.validate(referral("851", "x".repeat(200))).isValid()).isTrue();
        assertThat(messageFor(validator.validate(referral("851", "x".repeat(201))), "counterpartName"))
                .isEqualTo("must be at most 200 characters");
    }

    @Test
    void every_bad_field_of_a_referral_is_named() {
        ReferralForm bad = new ReferralForm("", "fyn", "12345678", "2024-03-02", "SIDEWAYS", "FRIEND", "", null);

        assertThat(fieldsOf(validator.validate(bad))).containsExactly("referralId", "house", "cvr", "referredOn",
                "direction", "counterpartType", "counterpartName");
    }

    @Test
    void an_unknown_direction_lists_the_codes() {
        ReferralForm form = new ReferralForm("REF-1", "nordjylland", "13585628", "2023-09-01", "OUT", "CLUSTER",
                "Klynge", null);

        assertThat(messageFor(validator.validate(form), "direction")).isEqualTo("'OUT' is not one of OUTBOUND, INBOUND");
    }

    @Test
    void an_outcome_says_whether_the_referral_was_used_and_when_that_was_reported() {
        assertThat(validator.validateOutcome("REF-1", new ReferralOutcomeForm("nordjylland", "true", "2023-12-01"))
                .orElseThrow())
                .isEqualTo(new ReferralOutcomeReport("nordjylland",
                        new ReferralOutcomeReported("REF-1", true, LocalDate.of(2023, 12, 1))));
    }

    @Test
    void an_outcome_needs_a_yes_or_no_and_a_date_that_has_passed() {
        assertThat(fieldsOf(validator.validateOutcome("REF-1", new ReferralOutcomeForm("nordjylland", null, null))))
                .containsExactly("used", "reportedOn");
        assertThat(messageFor(validator.validateOutcome("REF-1",
                new ReferralOutcomeForm("nordjylland", "Ved ikke", "2023-12-01")), "used"))
                .isEqualTo("'Ved ikke' is not one of true, false");
        assertThat(fieldsOf(validator.validateOutcome("REF 1",
                new ReferralOutcomeForm("nordjylland", "false", "2024-03-02"))))
                .containsExactly("referralId", "reportedOn");
    }

    @Test
    void an_outcome_names_the_house_that_made_the_referral() {
        assertThat(messageFor(validator.validateOutcome("REF-1", new ReferralOutcomeForm(null, "true", "2023-12-01")),
                "house")).isEqualTo("is required: the house that made the referral");
        assertThat(messageFor(validator.validateOutcome("REF-1", new ReferralOutcomeForm(" ", "true", "2023-12-01")),
                "house")).isEqualTo("is required: the house that made the referral");
        assertThat(messageFor(validator.validateOutcome("REF-1",
                new ReferralOutcomeForm("atlantis", "true", "2023-12-01")), "house"))
                .startsWith("unknown house 'atlantis'");
    }
}
