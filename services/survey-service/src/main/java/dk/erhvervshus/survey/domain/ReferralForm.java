package dk.erhvervshus.survey.domain;

/** A referral (henvisning) as it arrived, every field raw text; see {@link SurveyResponseForm}. */
public record ReferralForm(
        String referralId,
        String house,
        String cvr,
        String referredOn,
        String direction,
        String counterpartType,
        String counterpartName,
        String municipalityCode) {
}
