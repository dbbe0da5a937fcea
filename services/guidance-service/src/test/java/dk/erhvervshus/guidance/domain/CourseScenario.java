package dk.erhvervshus.guidance.domain;

import dk.erhvervshus.contracts.guidance.GuidanceEvent;
import dk.erhvervshus.validation.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** given(history).when(command).then(events): the aggregate's behaviour without any infrastructure. */
final class CourseScenario {

    private final String courseId;
    private final List<GuidanceEvent> history;
    private CourseCommand command;

    private CourseScenario(String courseId, List<GuidanceEvent> history) {
        this.courseId = courseId;
        this.history = history;
    }

    static CourseScenario given(String courseId, GuidanceEvent... history) {
        return new CourseScenario(courseId, List.of(history));
    }

    CourseScenario when(CourseCommand command) {
        this.command = command;
        return this;
    }

    void then(GuidanceEvent... expected) {
        assertThat(course().decide(command)).containsExactly(expected);
    }

    void thenNothingIsRecorded() {
        assertThat(course().decide(command)).isEmpty();
    }

    void thenRejected(Class<? extends RuntimeException> failure, String messageFragment) {
        assertThatThrownBy(() -> course().decide(command)).isInstanceOf(failure).hasMessageContaining(messageFragment);
    }

    InvalidInputException thenInvalid() {
        try {
            course().decide(command);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the command to be rejected as invalid");
    }

    private GuidanceCourse course() {
        return GuidanceCourse.rebuild(courseId, history);
    }
}
