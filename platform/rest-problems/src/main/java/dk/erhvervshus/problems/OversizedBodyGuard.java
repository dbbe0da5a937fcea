package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * document before any of it is read. Quarkus enforces the same limit one step later (route order
 * -2) with an empty 413; this guard runs first only so the client gets the usual error format.
 * Bodies sent chunked without a length are still cut off by Quarkus itself.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private final long limit;
    private final String problemJson;

    @Inject
    public OversizedBodyGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
                              ObjectMapper mapper) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problemJson = mapper.writeValueAsString(Problems.payloadTooLarge(this.limit));
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::rejectIfTooLarge);
    }

    private void rejectIfTooLarge(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !exceedsLimit(length)) {
            context.next();
            return;
        }
        // The unread body is still on the wire, so the connection cannot be reused.
        context.response().endHandler(ignored -> context.request().connection().close());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problemJson);
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
