package dk.erhvervshus.reporting.it;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that counts from nothing: before each case every read model is emptied (and
 * the facts held in memory forgotten, {@link ReadModels}), and {@link #topic} produces to the topics
 * the service reads, as the write services' relays do.
 */
abstract class FromEmptyReadModels {

    @Inject
    Pool pool;

    EventTopics topic;

    @BeforeEach
    void emptyReadModels() {
        ReadModels.empty(pool);
        topic = new EventTopics(RealInfraTestResource.broker(), pool);
    }

    @AfterEach
    void closeProducer() {
        topic.close();
    }
}
