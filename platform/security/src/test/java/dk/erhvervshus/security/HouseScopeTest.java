package dk.erhvervshus.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HouseScopeTest {

    @Test
    void a_token_confined_to_a_house_acts_for_that_house_only() {
        HouseScope scope = HouseScope.of(Set.of(Roles.DASHBOARD), Optional.of("nordjylland"));

        assertThat(scope.refusalFor("nordjylland")).isEmpty();
        assertThat(scope.refusalFor("midtjylland")).contains("the token is for house 'nordjylland', not 'midtjylland'");
    }

    @Test
    void a_national_role_without_a_house_acts_for_every_house() {
        HouseScope scope = HouseScope.of(Set.of(Roles.NATIONAL), Optional.empty());

        assertThat(scope.refusalFor("nordjylland")).isEmpty();
        assertThat(scope.refusalFor("hovedstaden")).isEmpty();
    }

    @Test
    void a_house_bound_role_without_a_house_is_refused_even_beside_a_national_role() {
        HouseScope scope = HouseScope.of(Set.of(Roles.NATIONAL, Roles.HOUSE_STAFF), Optional.empty());

        assertThat(scope.refusalFor("nordjylland")).contains("a token with role house-staff must name its house in the claim 'house'");
    }

    @Test
    void a_blank_house_claim_names_no_house() {
        HouseScope scope = HouseScope.of(Set.of(Roles.CRM_INTEGRATION), Optional.of(" "));

        assertThat(scope.house()).isEmpty();
        assertThat(scope.refusalFor("nordjylland")).isPresent();
    }

    @Test
    void records_of_no_house_need_a_token_confined_to_no_house() {
        assertThat(HouseScope.of(Set.of(Roles.SURVEY_FEED), Optional.empty()).refusalForAllHouses("register figures"))
                .isEmpty();
        assertThat(HouseScope.of(Set.of(Roles.SURVEY_FEED), Optional.of("fyn")).refusalForAllHouses("register figures"))
                .contains("register figures belong to no house: a token confined to house 'fyn' may not write them");
    }

    @Test
    void records_of_the_callers_own_house_need_a_token_that_names_it() {
        assertThat(HouseScope.of(Set.of(Roles.CRM_INTEGRATION), Optional.of("fyn")).refusalWithoutOwnHouse("CRM events"))
                .isEmpty();
        assertThat(HouseScope.of(Set.of(Roles.CRM_INTEGRATION), Optional.empty()).refusalWithoutOwnHouse("CRM events"))
                .contains("a token with role crm-integration must name its house in the claim 'house'");
        assertThat(HouseScope.of(Set.of(Roles.ADMIN), Optional.empty()).refusalWithoutOwnHouse("CRM events"))
                .contains("CRM events belong to the house of the token, and the token names none");
    }

    @Test
    void a_record_of_another_house_is_refused_without_telling_whose_it_is() {
        HouseScope scope = HouseScope.of(Set.of(Roles.CRM_INTEGRATION), Optional.of("nordjylland"));

        assertThat(scope.refusalForRecordOf("nordjylland", "guidance course c-1")).isEmpty();
        assertThat(scope.refusalForRecordOf("midtjylland", "guidance course c-1"))
                .contains("guidance course c-1 belongs to another house than the token's ('nordjylland')");
        assertThat(HouseScope.of(Set.of(Roles.CRM_INTEGRATION), Optional.empty()).refusalForRecordOf("fyn", "course c-1"))
                .contains("a token with role crm-integration must name its house in the claim 'house'");
    }

    @Test
    void a_refusal_never_echoes_a_huge_house_back() {
        HouseScope scope = HouseScope.of(Set.of(Roles.DASHBOARD), Optional.of("nordjylland"));

        assertThat(scope.refusalFor("x".repeat(2000))).hasValueSatisfying(reason -> assertThat(reason).hasSizeLessThan(120));
    }
}
