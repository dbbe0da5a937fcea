package dk.erhvervshus.survey.domain;

import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;

/**
 * The one mapping from the answer texts of Erhvervsstyrelsen's user evaluation (brugerevaluering)
 * to the contract's codes. Both spellings are accepted everywhere: the Danish labels the export
 * writes and the English codes of the JSON API. An empty answer is a missing answer.
 */
public final class AnswerLabels {

    public static final Vocabulary<Segment> SEGMENT = Vocabulary.<Segment>builder()
            .label("Vækst", Segment.GROWTH)
            .label("Drift", Segment.OPERATION)
            .code("GROWTH", Segment.GROWTH)
            .code("OPERATION", Segment.OPERATION)
            .build();

    public static final Vocabulary<CompetenceSatisfaction> COMPETENCE_SATISFACTION =
            Vocabulary.<CompetenceSatisfaction>builder()
                    .label("Meget tilfreds", CompetenceSatisfaction.VERY_SATISFIED)
                    .label("Tilfreds", CompetenceSatisfaction.SATISFIED)
                    .label("Hverken/eller", CompetenceSatisfaction.NEUTRAL)
                    .label("Utilfreds", CompetenceSatisfaction.DISSATISFIED)
                    .label("Meget utilfreds", CompetenceSatisfaction.VERY_DISSATISFIED)
                    .label("Ved ikke", CompetenceSatisfaction.DONT_KNOW)
                    .code("VERY_SATISFIED", CompetenceSatisfaction.VERY_SATISFIED)
                    .code("SATISFIED", CompetenceSatisfaction.SATISFIED)
                    .code("NEUTRAL", CompetenceSatisfaction.NEUTRAL)
                    .code("DISSATISFIED", CompetenceSatisfaction.DISSATISFIED)
                    .code("VERY_DISSATISFIED", CompetenceSatisfaction.VERY_DISSATISFIED)
                    .code("DONT_KNOW", CompetenceSatisfaction.DONT_KNOW)
                    .build();

    public static final Vocabulary<ExpectedEffect> EXPECTED_EFFECT = Vocabulary.<ExpectedEffect>builder()
            .label("I høj grad", ExpectedEffect.HIGH)
            .label("I nogen grad", ExpectedEffect.SOME)
            .label("I lav grad", ExpectedEffect.LOW)
            .label("Slet ikke", ExpectedEffect.NONE)
            .label("Ved ikke", ExpectedEffect.DONT_KNOW)
            .code("HIGH", ExpectedEffect.HIGH)
            .code("SOME", ExpectedEffect.SOME)
            .code("LOW", ExpectedEffect.LOW)
            .code("NONE", ExpectedEffect.NONE)
            .code("DONT_KNOW", ExpectedEffect.DONT_KNOW)
            .build();

    /** "Did you use the referral?" is the one yes/no question with a "don't know" code. */
    public static final Vocabulary<ReferralUse> REFERRAL_USE = Vocabulary.<ReferralUse>builder()
            .label("Ja", ReferralUse.YES)
            .label("Nej", ReferralUse.NO)
            .label("Ved ikke", ReferralUse.DONT_KNOW)
            .code("YES", ReferralUse.YES)
            .code("NO", ReferralUse.NO)
            .code("DONT_KNOW", ReferralUse.DONT_KNOW)
            .build();

    /**
     * The plain yes/no questions. Their event fields are booleans with no "don't know", so a
     * "Ved ikke" is recorded as a missing answer, which the goals treat the same way.
     */
    public static final Vocabulary<Boolean> YES_NO = Vocabulary.<Boolean>builder()
            .label("Ja", Boolean.TRUE)
            .label("Nej", Boolean.FALSE)
            .missingAnswer("Ved ikke")
            .code("true", Boolean.TRUE)
            .code("false", Boolean.FALSE)
            .build();

    private AnswerLabels() {
    }
}
