package dk.erhvervshus.problems.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refused request must get, asserted the same way in every service's bad-input tests:
 * a problem document of the status and stable type expected, naming the field when there is one,
 * and nothing of the service's insides.
 */
public final class ProblemAnswers {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TYPES = "https://erhvervshus.dk/problems/";

    private ProblemAnswers() {
    }

    /**
     * @param type  the slug of the problem type, e.g. {@code validation-failed}
     * @param field the field the problem must name, or null
     */
    public static void assertProblem(Response response, int status, String type, String field) {
        assertThat(response.statusCode()).as("status").isEqualTo(status);
        assertThat(response.contentType()).as("content type").startsWith(PROBLEM_JSON);
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo(TYPES + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        if (field != null) {
            assertThat(problem.getList("errors.field", String.class)).contains(field);
        }
        assertThat(response.asString()).doesNotContain("dk.erhvervshus", "Exception", "java.");
    }

    /** The same for an answer the JDK's client received (a request rest-assured cannot send). */
    public static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as("status").isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        assertThat(new JsonPath(response.body()).getString("type")).isEqualTo(TYPES + type);
        assertThat(response.body()).doesNotContain("dk.erhvervshus", "Exception", "java.");
    }
}
