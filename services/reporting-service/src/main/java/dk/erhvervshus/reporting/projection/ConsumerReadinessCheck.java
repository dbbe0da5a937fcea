package dk.erhvervshus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the projection consumer runs (or is switched off on purpose): a stopped or retrying
 * consumer means the goals are going stale.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadinessCheck implements HealthCheck {

    private final GuidanceEventConsumer consumer;

    public ConsumerReadinessCheck(GuidanceEventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        ConsumerStatus status = consumer.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("guidance-events projection consumer")
                .status(status == ConsumerStatus.RUNNING || status == ConsumerStatus.DISABLED)
                .withData("status", status.name());
        String error = consumer.lastError();
        if (error != null) {
            response.withData("lastError", error);
        }
        return response.build();
    }
}
