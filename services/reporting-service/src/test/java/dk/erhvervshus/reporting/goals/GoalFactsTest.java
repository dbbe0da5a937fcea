package dk.erhvervshus.reporting.goals;

import org.junit.jupiter.api.Test;

import static dk.erhvervshus.reporting.goals.CourseRow.company;
import static org.assertj.core.api.Assertions.assertThat;

class GoalFactsTest {

    @Test
    void a_retracted_course_stops_counting_also_for_dates_before_the_retraction() {
        GoalFacts facts = Nordjylland.facts("2023-02-01", company("A").startedOn("2023-01-15").retracted());

        assertThat(facts.coursesStartedInYear()).isEmpty();
    }

    @Test
    void guided_in_the_year_means_started_in_the_year_on_or_before_as_of_by_this_house() {
        GoalFacts facts = Nordjylland.facts("2023-06-30",
                company("A").id("in").startedOn("2023-06-30"),
                company("B").id("after-as-of").startedOn("2023-07-01"),
                company("C").id("other-house").house("fyn").startedOn("2023-03-01"),
                company("D").id("year-before").startedOn("2022-03-01"),
                company("E").id("two-years-before").startedOn("2021-03-01"));

        assertThat(facts.coursesStartedInYear()).extracting(GuidedCourse::courseId).containsExactly("in");
        assertThat(facts.coursesStartedInPreviousYear()).extracting(GuidedCourse::courseId).containsExactly("year-before");
    }

    @Test
    void as_of_after_the_year_counts_the_whole_year_and_nothing_of_the_next() {
        GoalFacts facts = Nordjylland.facts("2024-03-01",
                company("A").id("december").startedOn("2023-12-31"),
                company("B").id("next-year").startedOn("2024-01-02"));

        assertThat(facts.coursesStartedInYear()).extracting(GuidedCourse::courseId).containsExactly("december");
        assertThat(facts.period().hasEnded()).isTrue();
    }
}
