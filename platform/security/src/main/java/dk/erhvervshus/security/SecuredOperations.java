package dk.erhvervshus.security;

import dk.erhvervshus.problems.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents what authentication adds to every secured operation, once instead of on every
 * resource method: the 401 and 403 problem answers (with the challenge header), and the roles
 * that may call it, as the {@code x-roles} extension and in the description. The roles come from
 * the security requirement SmallRye derives from {@code @RolesAllowed}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecuredOperations implements OASFilter {

    static final String ROLES_EXTENSION = "x-roles";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<String> roles = roles(operation);
                if (!roles.isEmpty()) {
                    document(operation, roles);
                }
            }
        }
    }

    private static List<String> roles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements != null) {
            for (SecurityRequirement requirement : requirements) {
                Map<String, List<String>> schemes = requirement.getSchemes();
                if (schemes != null) {
                    schemes.values().forEach(roles::addAll);
                }
            }
        }
        return new ArrayList<>(roles);
    }

    private static void document(Operation operation, List<String> roles) {
        operation.addExtension(ROLES_EXTENSION, roles);
        String who = "Roles: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        if (description == null || !description.contains(who)) {
            operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (undescribed(responses, "401")) {
            responses.addAPIResponse("401", problem("No bearer token, or one that is expired or not signed by the "
                    + "trusted issuer")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader()
                            .description("Bearer challenge (RFC 6750)")
                            .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
        }
        if (undescribed(responses, "403")) {
            responses.addAPIResponse("403", problem("The token lacks the role, or is for another house; the detail "
                    + "says which"));
        }
    }

    /**
     * Absent, or only SmallRye's placeholder for a {@code @RolesAllowed} operation ("Not Authorized",
     * "Not Allowed", without content); a resource's own description with content is kept.
     */
    private static boolean undescribed(APIResponses responses, String status) {
        APIResponse response = responses.getAPIResponse(status);
        return response == null || response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static APIResponse problem(String description) {
        MediaType problemJson = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemJson);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
