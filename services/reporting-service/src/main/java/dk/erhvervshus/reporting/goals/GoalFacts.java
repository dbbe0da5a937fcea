package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.House;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the goals of one house and year are computed from, as of a date. This is where "guided in Y"
 * is defined: a course of the house, not retracted, started in Y on or before asOf. A retraction is
 * a correction, so a retracted course is left out also for dates before it was retracted; every
 * other course fact is its latest known value. The survey-fed goals read {@link SurveyFacts}, which
 * holds their own counting rules.
 */
public record GoalFacts(
        House house,
        ContractPeriod period,
        List<GuidedCourse> coursesStartedInYear,
        List<GuidedCourse> coursesStartedInPreviousYear,
        ActivityStatuses activities,
        SurveyFacts survey,
        Set<String> companiesGuidedInYearOrYearBefore) {

    /**
     * @param companiesGuidedInYearOrYearBefore the companies with a counting course of the house
     *                                          started in Y or Y−1 (the survey goals' data check):
     *                                          worked out once here, as every survey goal reads it
     */
    public GoalFacts {
        coursesStartedInYear = List.copyOf(coursesStartedInYear);
        coursesStartedInPreviousYear = List.copyOf(coursesStartedInPreviousYear);
        survey = survey == null ? SurveyFacts.none() : survey;
        companiesGuidedInYearOrYearBefore = Collections.unmodifiableSet(companiesGuidedInYearOrYearBefore);
    }

    /** Facts from guidance-events only, without survey data. */
    public static GoalFacts of(House house, ContractPeriod period, Collection<GuidedCourse> courses,
                               Collection<ActivityStatusChange> activityHistory) {
        return of(house, period, courses, activityHistory, SurveyFacts.none());
    }

    /**
     * Applies the counting rule to any superset of rows; the read-model query narrows by the same
     * rule only to fetch fewer rows.
     */
    public static GoalFacts of(House house, ContractPeriod period, Collection<GuidedCourse> courses,
                               Collection<ActivityStatusChange> activityHistory, SurveyFacts survey) {
        List<GuidedCourse> counting = courses.stream()
                .filter(c -> c.house().equals(house.id()))
                .filter(c -> !c.retracted())
                .filter(c -> !c.startedOn().isAfter(period.asOf()))
                .toList();
        List<GuidedCourse> inYear = counting.stream().filter(c -> c.startedOn().getYear() == period.year()).toList();
        List<GuidedCourse> inYearBefore = counting.stream()
                .filter(c -> c.startedOn().getYear() == period.year() - 1).toList();
        Set<String> guided = new HashSet<>(Companies.of(inYear));
        guided.addAll(Companies.of(inYearBefore));
        return new GoalFacts(house, period, inYear, inYearBefore, ActivityStatuses.asOf(activityHistory, period.asOf()),
                survey, guided);
    }

    /**
     * The latest business date among the facts: from it on, asking for a later asOf changes nothing
     * the facts say (only the time-dependent part of a status), so a result derived from every fact
     * answers every asOf on or after it. Null when there are no dated facts.
     */
    public LocalDate latestBusinessDate() {
        List<LocalDate> dates = new ArrayList<>();
        coursesStartedInYear.forEach(c -> dates.add(c.startedOn()));
        coursesStartedInPreviousYear.forEach(c -> dates.add(c.startedOn()));
        activities.latestChange().ifPresent(dates::add);
        survey.responsesOfYear().forEach(r -> dates.add(r.answeredOn()));
        survey.awarenessSurveysOfYear().forEach(s -> dates.add(s.conductedOn()));
        survey.referralsOfYear().forEach(r -> {
            dates.add(r.referredOn());
            if (r.outcomeReportedOn() != null) {
                dates.add(r.outcomeReportedOn());
            }
        });
        return dates.stream().max(Comparator.naturalOrder()).orElse(null);
    }

}
