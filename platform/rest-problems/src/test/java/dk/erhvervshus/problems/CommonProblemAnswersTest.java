package dk.erhvervshus.problems;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the OpenAPI filter adds to every operation, and what it leaves to the resource. */
class CommonProblemAnswersTest {

    private static Content json() {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType());
    }

    private static Operation read() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
    }

    private static Operation write(Content body) {
        return read().requestBody(OASFactory.createRequestBody().content(body));
    }

    private static OpenAPI document(Operation get, Operation post) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things",
                OASFactory.createPathItem().GET(get).POST(post)));
    }

    @Test
    void every_operation_describes_500_and_414_and_a_json_write_also_413_and_415() {
        Operation get = read();
        Operation post = write(json());

        new CommonProblemAnswers(false).filterOpenAPI(document(get, post));

        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "414", "500");
        assertThat(post.getResponses().getAPIResponses()).containsOnlyKeys("200", "413", "414", "415", "500");
        assertThat(post.getResponses().getAPIResponse("415").getContent().getMediaType(Problem.MEDIA_TYPE)
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void a_body_that_is_not_json_gets_no_415_from_the_json_guard() {
        Operation upload = write(OASFactory.createContent().addMediaType("text/csv", OASFactory.createMediaType()));

        new CommonProblemAnswers(false).filterOpenAPI(document(read(), upload));

        assertThat(upload.getResponses().getAPIResponses()).containsKey("413").doesNotContainKey("415");
    }

    @Test
    void a_service_with_a_database_describes_503_storage_unavailable() {
        Operation get = read();

        new CommonProblemAnswers(true).filterOpenAPI(document(get, write(json())));

        assertThat(get.getResponses().getAPIResponse("503").getDescription()).contains("storage-unavailable");
        assertThat(get.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(get.getResponses().getAPIResponse("503").getHeaders().get("Retry-After").getSchema().getType())
                .containsExactly(Schema.SchemaType.INTEGER);
    }

    @Test
    void a_503_the_resource_describes_itself_gets_the_retry_after_header_too() {
        Operation get = read();
        get.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().description("the read model is away"));

        new CommonProblemAnswers(true).filterOpenAPI(document(get, write(json())));

        assertThat(get.getResponses().getAPIResponse("503").getDescription()).isEqualTo("the read model is away");
        assertThat(get.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
    }

    @Test
    void an_answer_the_resource_describes_is_kept_and_the_answers_are_in_status_order() {
        Operation post = write(json());
        post.getResponses().addAPIResponse("413", OASFactory.createAPIResponse().description("at most 2 MB"));

        new CommonProblemAnswers(true).filterOpenAPI(document(read(), post));

        assertThat(post.getResponses().getAPIResponse("413").getDescription()).isEqualTo("at most 2 MB");
        assertThat(post.getResponses().getAPIResponses().keySet()).containsExactly("200", "413", "414", "415", "500", "503");
    }
}
