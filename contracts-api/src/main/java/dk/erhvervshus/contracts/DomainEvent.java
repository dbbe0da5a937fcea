package dk.erhvervshus.contracts;

/**
 * The payload of an {@link EventEnvelope}. Each aggregate has its own closed (sealed) family of
 * events extending this marker ({@code GuidanceEvent}, {@code GoalActivityEvent}), so a consumer
 * that handles a family can be checked to handle all of it. Only classes registered in
 * {@link WireTypes} can travel.
 */
public interface DomainEvent {
}
