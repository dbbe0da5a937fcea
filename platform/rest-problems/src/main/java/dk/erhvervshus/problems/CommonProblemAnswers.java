package dk.erhvervshus.problems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Documents the answers this module gives to every request, once instead of on every resource
 * method: 500 (anything unexpected), 414 (the URI guard), 413 (the body guard) for operations with
 * a body, 415 (the JSON content-type guard) for operations that read JSON, and 503 (storage
 * unavailable, with its Retry-After header) in a service with a database. An answer an operation already describes is kept as
 * it is, so a resource can always say more about its own case. Runs after the filters of default
 * priority (platform/security's 401 and 403), so that the answers it sorts include theirs.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class CommonProblemAnswers implements OASFilter {

    /** Set in every service with a database; its failures are answered 503 storage-unavailable. */
    static final String DATABASE_KIND = "quarkus.datasource.db-kind";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final boolean hasDatabase;

    public CommonProblemAnswers() {
        this(hasDatabase(ConfigProvider.getConfig()));
    }

    CommonProblemAnswers(boolean hasDatabase) {
        this.hasDatabase = hasDatabase;
    }

    private static boolean hasDatabase(Config config) {
        return config.getOptionalValue(DATABASE_KIND, String.class).filter(kind -> !kind.isBlank()).isPresent();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                document(operation);
            }
        }
    }

    private void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Optional<Content> body = Optional.ofNullable(operation.getRequestBody()).map(RequestBody::getContent);
        if (body.isPresent()) {
            addIfAbsent(responses, "413", "The body is larger than the service accepts (type payload-too-large); "
                    + "nothing was read");
        }
        addIfAbsent(responses, "414", "The path and query are longer than the service accepts (type uri-too-long)");
        if (body.map(CommonProblemAnswers::readsJson).orElse(false)) {
            addIfAbsent(responses, "415", "The body is not sent as application/json in UTF-8, or without a "
                    + "Content-Type (type unsupported-media-type)");
        }
        addIfAbsent(responses, "500", "An unexpected failure, logged; the answer tells no internals (type "
                + "internal-error). Nothing was completed: the request may be sent again");
        if (hasDatabase) {
            addIfAbsent(responses, "503", "The database is unavailable (type storage-unavailable). Nothing was "
                    + "stored: the request may be sent again after the seconds of Retry-After");
            describeRetryAfter(responses.getAPIResponse("503"));
        }
        sortByStatus(responses);
    }

    /** Every 503 carries Retry-After (Problems.response adds it), also one a resource describes itself. */
    private static void describeRetryAfter(APIResponse unavailable) {
        if (unavailable.getHeaders() != null && unavailable.getHeaders().containsKey(Problems.RETRY_AFTER)) {
            return;
        }
        unavailable.addHeader(Problems.RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
    }

    private static boolean readsJson(Content content) {
        return content.getMediaTypes() != null && content.getMediaTypes().keySet().stream()
                .anyMatch(type -> type.startsWith("application/json") || type.contains("+json"));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problemJson = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        APIResponse problem = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemJson));
        responses.addAPIResponse(status, problem);
    }

    /** In status order, as a reader looks them up (and as each document stays stable between builds). */
    private static void sortByStatus(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(sorted);
    }
}
