package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.KnownHouses;
import dk.erhvervshus.validation.Validated;
import dk.erhvervshus.validation.Validation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Turns a referral and its outcome report into events, or names every bad field. That an outcome
 * is not reported before the referral was made needs the referral's history, so {@link Referral}
 * checks it.
 */
public final class ReferralValidator {

    public static final int MAX_COUNTERPART_NAME = 200;
    private static final int MAX_MUNICIPALITY_CODE = 10;
    private static final Vocabulary<ReferralDirection> DIRECTIONS = Vocabulary.codes(ReferralDirection.class);
    private static final Vocabulary<CounterpartType> COUNTERPART_TYPES = Vocabulary.codes(CounterpartType.class);
    /** A plain JSON boolean: "don't know" is no outcome, so it is not accepted here. */
    private static final Vocabulary<Boolean> TRUE_OR_FALSE = Vocabulary.<Boolean>builder()
            .code("true", Boolean.TRUE)
            .code("false", Boolean.FALSE)
            .build();

    private final KnownHouses houses;
    private final Clock clock;

    public ReferralValidator(Houses houses, Clock clock) {
        this.houses = new KnownHouses(houses);
        this.clock = clock;
    }

    public Validated<ReferralMade> validate(ReferralForm form) {
        Validation v = new Validation(clock, DateFormats.SPELLING);
        String referralId = v.requiredId("referralId", form.referralId());
        House house = houses.requireOnboarded(v, "house", form.house());
        String cvr = v.requiredCvr("cvr", form.cvr());
        LocalDate referredOn = v.requiredDate("referredOn", form.referredOn());
        ReferralDirection direction = v.requiredAnswer("direction", form.direction(), DIRECTIONS);
        CounterpartType counterpartType = v.requiredAnswer("counterpartType", form.counterpartType(),
                COUNTERPART_TYPES);
        String counterpartName = v.requiredText("counterpartName", form.counterpartName(), MAX_COUNTERPART_NAME);
        String municipalityCode = v.optionalTextBlankAsAbsent("municipalityCode", form.municipalityCode(),
                MAX_MUNICIPALITY_CODE);
        if (house != null && municipalityCode != null && house.municipality(municipalityCode).isEmpty()) {
            v.reject("municipalityCode", "municipality '" + municipalityCode + "' does not belong to house '"
                    + house.id() + "'");
        }
        return v.result(() -> new ReferralMade(referralId, house.id(), cvr, referredOn, direction, counterpartType,
                counterpartName, municipalityCode));
    }

    /**
     * @param referralId from the URL ({@code /referrals/{referralId}/outcome}), checked like the body
     * @param form       its {@code house} is the house that made the referral, which alone may report
     *                   its outcome
     */
    public Validated<ReferralOutcomeReport> validateOutcome(String referralId, ReferralOutcomeForm form) {
        Validation v = new Validation(clock, DateFormats.SPELLING);
        String id = v.requiredId("referralId", referralId);
        House house = referringHouse(v, form.house());
        Boolean used = v.requiredAnswer("used", form.used(), TRUE_OR_FALSE);
        LocalDate reportedOn = v.requiredDate("reportedOn", form.reportedOn());
        return v.result(() -> new ReferralOutcomeReport(house.id(),
                new ReferralOutcomeReported(id, used, reportedOn)));
    }

    private House referringHouse(Validation v, String house) {
        if (house == null || house.isBlank()) {
            v.reject("house", "is required: the house that made the referral");
            return null;
        }
        return houses.requireOnboarded(v, "house", house);
    }
}
