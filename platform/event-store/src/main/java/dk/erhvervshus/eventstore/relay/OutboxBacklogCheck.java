package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.Outbox;
import dk.erhvervshus.eventstore.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows how far the outbox is behind. It stays UP while Kafka is away: writes are still stored
 * durably and will be published, so taking the service out of rotation would only refuse them.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    private final Transactions transactions;
    private final Outbox outbox;
    private final OutboxRelay relay;

    @Inject
    public OutboxBacklogCheck(Transactions transactions, Outbox outbox, OutboxRelay relay) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        long unpublished = transactions.read(outbox::countUnpublished);
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("unpublished", unpublished)
                .withData("relayRetrying", relay.isBackingOff())
                .build();
    }
}
