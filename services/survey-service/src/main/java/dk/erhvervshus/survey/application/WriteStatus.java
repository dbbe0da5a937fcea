package dk.erhvervshus.survey.application;

import java.util.Locale;

/** What a write did, as the answers spell it ({@code "accepted"}, ...). */
public enum WriteStatus {
    /** New events were stored (a first record, or a new outcome or figure). */
    ACCEPTED,
    /** The same record was sent again; nothing was stored. */
    DUPLICATE,
    /** The record equals what is current; nothing was stored. */
    UNCHANGED,
    /** An effect cohort got new lists of companies. */
    REDEFINED;

    /** True when the write stored new events. */
    public boolean stored() {
        return this == ACCEPTED || this == REDEFINED;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
