package dk.erhvervshus.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a path and query longer than {@code problems.max-uri-length} with a 414 problem document.
 * Vert.x would answer an over-long request line itself, with an empty 414; so each service raises
 * {@code quarkus.http.limits.max-initial-line-length} well above this limit and this guard, the
 * first route, answers in the usual error format. A request line beyond Vert.x's limit still gets
 * Vert.x's empty 414 and a closed connection: it never reaches any route.
 */
@ApplicationScoped
public class OverlongUriGuard {

    public static final int DEFAULT_LIMIT = 2048;

    private final int limit;
    private final String problemJson;

    @Inject
    public OverlongUriGuard(@ConfigProperty(name = "problems.max-uri-length", defaultValue = "2048") int limit,
                            ObjectMapper mapper) throws JsonProcessingException {
        this.limit = limit;
        this.problemJson = mapper.writeValueAsString(Problems.uriTooLong(limit));
    }

    void install(@Observes Router router) {
        router.route().order(-4).handler(this::rejectIfTooLong);
    }

    private void rejectIfTooLong(RoutingContext context) {
        String uri = context.request().uri();
        if (uri == null || uri.length() <= limit) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(414)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problemJson);
    }
}
