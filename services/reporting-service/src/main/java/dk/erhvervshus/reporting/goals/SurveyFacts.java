package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.House;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the survey-fed goals of one house and year are computed from, as of a date. This is where
 * their counting rules live, as {@link GoalFacts#of} holds the rule for courses:
 * <ul>
 *   <li>the responses of Y: the house's responses with surveyYear Y answered on or before asOf;</li>
 *   <li>the awareness surveys of Y: the house's surveys of year Y conducted on or before asOf;</li>
 *   <li>the referrals of Y: the house's referrals made in Y on or before asOf;</li>
 *   <li>the house's effect cohorts, and the companies' register figures by CVR and year. Neither has
 *       a business date, so the latest definition and the latest report count for every asOf.</li>
 * </ul>
 */
public record SurveyFacts(
        List<SurveyResponse> responsesOfYear,
        List<AwarenessSurvey> awarenessSurveysOfYear,
        List<Referral> referralsOfYear,
        List<EffectCohort> cohorts,
        Map<Integer, Map<String, CompanyFigures>> figuresByYear) {

    /** "Latest" is by conductedOn; two surveys closed on the same day are ordered by surveyId. */
    private static final Comparator<AwarenessSurvey> LATEST_LAST =
            Comparator.comparing(AwarenessSurvey::conductedOn).thenComparing(AwarenessSurvey::surveyId);

    public SurveyFacts {
        responsesOfYear = List.copyOf(responsesOfYear);
        awarenessSurveysOfYear = List.copyOf(awarenessSurveysOfYear);
        referralsOfYear = List.copyOf(referralsOfYear);
        cohorts = List.copyOf(cohorts);
        Map<Integer, Map<String, CompanyFigures>> copy = new HashMap<>();
        figuresByYear.forEach((year, byCvr) -> copy.put(year, Map.copyOf(byCvr)));
        figuresByYear = Map.copyOf(copy);
    }

    public static SurveyFacts none() {
        return new SurveyFacts(List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /**
     * Applies the counting rules to any superset of rows; the read-model queries narrow by the same
     * rules only to fetch fewer rows.
     */
    public static SurveyFacts of(House house, ContractPeriod period,
                                 Collection<SurveyResponse> responses,
                                 Collection<AwarenessSurvey> awarenessSurveys,
                                 Collection<Referral> referrals,
                                 Collection<EffectCohort> cohorts,
                                 Collection<CompanyFigures> figures) {
        int year = period.year();
        Map<Integer, Map<String, CompanyFigures>> byYear = new HashMap<>();
        for (CompanyFigures f : figures) {
            byYear.computeIfAbsent(f.year(), y -> new HashMap<>()).put(f.cvr(), f);
        }
        return new SurveyFacts(
                responses.stream()
                        .filter(r -> r.house().equals(house.id()) && r.surveyYear() == year)
                        .filter(r -> !r.answeredOn().isAfter(period.asOf()))
                        .sorted(Comparator.comparing(SurveyResponse::responseId))
                        .toList(),
                awarenessSurveys.stream()
                        .filter(s -> s.house().equals(house.id()) && s.year() == year)
                        .filter(s -> !s.conductedOn().isAfter(period.asOf()))
                        .toList(),
                referrals.stream()
                        .filter(r -> r.house().equals(house.id()) && r.referredOn().getYear() == year)
                        .filter(r -> !r.referredOn().isAfter(period.asOf()))
                        .toList(),
                cohorts.stream().filter(c -> c.house().equals(house.id())).toList(),
                byYear);
    }

    /** The survey of the year that counts: the latest conducted on or before asOf. */
    public Optional<AwarenessSurvey> latestAwarenessSurvey() {
        return awarenessSurveysOfYear.stream().max(LATEST_LAST);
    }

    public Optional<CompanyFigures> figures(String cvr, int year) {
        return Optional.ofNullable(figuresByYear.getOrDefault(year, Map.of()).get(cvr));
    }
}
