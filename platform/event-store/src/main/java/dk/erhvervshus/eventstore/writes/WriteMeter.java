package dk.erhvervshus.eventstore.writes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * Counts every write that reached a resource (POST, PUT, PATCH, DELETE of the API, not the
 * operations endpoints) as {@code erhvervshus_writes_total{operation, outcome, status}}: the
 * operation is its OpenAPI operationId, the outcome accepted, duplicate or rejected, the status the
 * class of the answer (2xx, 4xx, 5xx). A whole request answered 4xx or 5xx (invalid, not allowed,
 * the database away) is one rejected write; a 2xx one counts what its resource told
 * {@link WriteOutcomes} (per item for a batch), or one accepted write when it told nothing. Answers
 * given before a resource is chosen (413 by size, 414, an unknown path) are not counted here.
 */
public class WriteMeter {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String OPERATIONS_PATH = "/api/v1/operations";

    private final MeterRegistry registry;
    private final WriteOutcomes outcomes;

    @Inject
    public WriteMeter(MeterRegistry registry, WriteOutcomes outcomes) {
        this.registry = registry;
        this.outcomes = outcomes;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !WRITES.contains(request.getMethod())
                || request.getUriInfo().getPath().startsWith(OPERATIONS_PATH)) {
            return;
        }
        String operation = operationId(method);
        int status = response.getStatus();
        if (status >= 400) {
            counter(operation, WriteOutcomes.Outcome.REJECTED.tag(), WriteOutcomes.statusClass(status)).increment();
            return;
        }
        Map<WriteOutcomes.Tally, Long> told = outcomes.counts();
        if (told.isEmpty()) {
            counter(operation, WriteOutcomes.Outcome.ACCEPTED.tag(), WriteOutcomes.statusClass(status)).increment();
            return;
        }
        told.forEach((tally, count) -> counter(operation, tally.outcome().tag(), tally.statusClass()).increment(count));
    }

    private Counter counter(String operation, String outcome, String statusClass) {
        return Counter.builder("erhvervshus.writes")
                .description("Writes that reached a resource, by operation, outcome and status class; a batch counts "
                        + "its items")
                .tag("operation", operation).tag("outcome", outcome).tag("status", statusClass)
                .register(registry);
    }

    private static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isBlank() ? operation.operationId() : method.getName();
    }
}
