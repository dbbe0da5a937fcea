package dk.erhvervshus.problems;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A JSON endpoint reads UTF-8 (RFC 8259): a body declared in another charset
 * ({@code application/json; charset=ISO-8859-1}) would be read as UTF-8 all the same and its
 * letters silently garbled, and one sent without a Content-Type says nothing of what it is. Both are
 * 415. Endpoints with other rules (the survey CSV import) declare no JSON {@code @Consumes} and are
 * left alone.
 */
public class JsonContentTypeGuard {

    @ServerRequestFilter
    public Optional<Response> requireUtf8Json(ContainerRequestContext request, ResourceInfo resource) {
        if (!consumesJson(resource)) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            return Optional.of(refuse("send the body as application/json (the Content-Type header is missing)"));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(charset.strip())
                && !"utf8".equalsIgnoreCase(charset.strip())) {
            return Optional.of(refuse("JSON is read as UTF-8; send the body as application/json without a charset "
                    + "or with charset=UTF-8"));
        }
        return Optional.empty();
    }

    private static Response refuse(String detail) {
        return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(detail));
    }

    private static boolean consumesJson(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value())
                .anyMatch(value -> value.startsWith(MediaType.APPLICATION_JSON));
    }
}
