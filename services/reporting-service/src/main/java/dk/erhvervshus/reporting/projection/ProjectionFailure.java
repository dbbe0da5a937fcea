package dk.erhvervshus.reporting.projection;

/**
 * An exception thrown while a batch was folded in memory and turned into rows, before anything was
 * sent to the database (a null where the fold needs a value, an argument it cannot take). Only the
 * records of the batch went in there, so one of them is the cause: {@link FailureKind#RECORD}.
 */
public final class ProjectionFailure extends RuntimeException {

    ProjectionFailure(RuntimeException cause) {
        super(cause.getClass().getSimpleName() + " while folding the batch", cause);
    }
}
