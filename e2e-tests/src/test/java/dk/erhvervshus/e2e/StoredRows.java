package dk.erhvervshus.e2e;

/**
 * How much the write services have stored: the rows of {@code events} and {@code outbox} in the
 * guidance and survey databases, read as each service's own database role. Equal before and after
 * means nothing was stored in between (both tables only grow: events are append-only, published
 * outbox rows are kept).
 */
record StoredRows(long guidanceEvents, long guidanceOutbox, long surveyEvents, long surveyOutbox) {

    static StoredRows of(RunningSystem system) {
        return new StoredRows(system.rowCount("guidance", "events"), system.rowCount("guidance", "outbox"),
                system.rowCount("survey", "events"), system.rowCount("survey", "outbox"));
    }
}
