package dk.erhvervshus.e2e;

/**
 * One field of a request body as the services' READMEs and OpenAPI documents describe it: its
 * kind decides which values are invalid for it; only a required field may be left out, set to null
 * or sent blank (an optional one would then simply be absent, which is valid).
 */
record Field(String name, Kind kind, boolean required, int maxLength, long min, long max) {

    enum Kind {
        /** 1-100 of A-Z a-z 0-9 . _ - */
        ID,
        TEXT, CODE, HOUSE, MUNICIPALITY, CVR, DATE, DATE_TIME, YEAR, INTEGER, DECIMAL, BOOLEAN,
        /** a list of codes, at least one, no repeats */
        CODE_LIST,
        /** a list of CVR numbers, at least one, no repeats */
        CVR_LIST
    }

    static Field required(String name, Kind kind) {
        return new Field(name, kind, true, 0, 0, 0);
    }

    static Field optional(String name, Kind kind) {
        return new Field(name, kind, false, 0, 0, 0);
    }

    static Field text(String name, int maxLength, boolean required) {
        return new Field(name, Kind.TEXT, required, maxLength, 0, 0);
    }

    static Field integer(String name, long min, long max, boolean required) {
        return new Field(name, Kind.INTEGER, required, 0, min, max);
    }

    /** Sent as a JSON string (codes, dates and numbers-as-text included). */
    boolean isText() {
        return switch (kind) {
            case ID, TEXT, CODE, HOUSE, MUNICIPALITY, CVR, DATE, DATE_TIME -> true;
            default -> false;
        };
    }
}
