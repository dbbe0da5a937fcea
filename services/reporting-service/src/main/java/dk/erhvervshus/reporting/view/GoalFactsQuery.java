package dk.erhvervshus.reporting.view;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ActivityStatusChange;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the rows the goals of a house and year need: courses started from January 1st of the year
 * before (goal 1 looks back one year) up to the last counting day, and the activity reports up to
 * asOf. {@link GoalFacts#of} applies the counting rule itself; the query only narrows.
 */
@ApplicationScoped
public class GoalFactsQuery {

    @WithSession
    public Uni<GoalFacts> factsFor(House house, ContractPeriod period) {
        LocalDate firstStart = LocalDate.of(period.year() - 1, 1, 1);
        return CourseView.countableCourses(house.id(), firstStart, period.lastCountingDay())
                .flatMap(courses -> ActivityStatusView.reportedBy(house.id(), period.year(), period.asOf())
                        .map(reports -> GoalFacts.of(house, period,
                                courses.stream().map(GoalFactsQuery::toCourse).toList(),
                                reports.stream().map(GoalFactsQuery::toChange).toList())));
    }

    private static GuidedCourse toCourse(CourseView row) {
        return new GuidedCourse(
                row.courseId,
                row.house,
                row.cvr,
                row.municipalityCode,
                GuidanceCategory.valueOf(row.category),
                Arrays.stream(row.themes == null ? new String[0] : row.themes).map(Theme::valueOf).collect(Collectors.toSet()),
                row.startedOn,
                row.retracted,
                row.sustainabilityWheelUsed,
                row.enrolledInEvaluation);
    }

    private static ActivityStatusChange toChange(ActivityStatusView row) {
        return new ActivityStatusChange(row.activityId, row.changedOn, row.version, ActivityStatus.valueOf(row.status), row.note);
    }
}
