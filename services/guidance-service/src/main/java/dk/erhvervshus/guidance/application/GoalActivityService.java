package dk.erhvervshus.guidance.application;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.eventstore.EventMetadata;
import dk.erhvervshus.eventstore.EventStore;
import dk.erhvervshus.eventstore.Transactions;
import dk.erhvervshus.guidance.domain.ActivityCommandValidator;
import dk.erhvervshus.guidance.domain.ChangeActivityStatus;
import dk.erhvervshus.guidance.domain.GoalActivity;
import dk.erhvervshus.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Status reports for the named activities of goals 5 and 8–10: load → decide → append, like courses. */
@ApplicationScoped
public class GoalActivityService {

    private final Transactions transactions;
    private final EventStore eventStore;
    private final ActivityCommandValidator validator;

    @Inject
    public GoalActivityService(Transactions transactions, EventStore eventStore, ActivityCommandValidator validator) {
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.validator = validator;
    }

    /** The path's house is the caller's rule, judged before the path or the report is. */
    public ActivityOutcome changeStatus(String house, String year, String activityId, String status, String note,
                                        String changedOn, String correlationId, Caller caller) {
        caller.requireHouse(house);
        ChangeActivityStatus command = validator.toStatusChange(house, year, activityId, status, note, changedOn);
        return transactions.inTransaction(connection -> {
            GoalActivity activity = GoalActivity.rebuild(load(connection, command.aggregateId()));
            long expectedVersion = activity.version();
            List<GoalActivityEvent> events = activity.decide(command);
            events.forEach(activity::evolve);
            EventMetadata metadata = new EventMetadata(command.house(), correlationId, null, caller.subject());
            if (!events.isEmpty()) {
                eventStore.append(connection, command.aggregateId(), expectedVersion, events, metadata);
            }
            return new ActivityOutcome(command.house(), command.year(), activityId, command.status(), activity.version(),
                    !events.isEmpty(), metadata.token(events.size()));
        });
    }

    private List<GoalActivityEvent> load(Connection connection, String aggregateId) throws SQLException {
        List<GoalActivityEvent> history = new ArrayList<>();
        for (EventEnvelope envelope : eventStore.readStream(connection, aggregateId)) {
            if (!(envelope.payload() instanceof GoalActivityEvent event)) {
                throw new IllegalStateException("stream " + aggregateId + " holds a " + envelope.type());
            }
            history.add(event);
        }
        return history;
    }
}
