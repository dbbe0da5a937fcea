package dk.erhvervshus.reporting.api;

/** A goal read refused by {@link ReadBulkhead}: nothing was read, the caller may come back after Retry-After (503). */
public final class ReadsOverloadedException extends RuntimeException {

    ReadsOverloadedException(int limit) {
        super(limit + " goal reads are being answered, as many as this instance takes at once; nothing was read, "
                + "retry later");
    }
}
