package dk.erhvervshus.contracts.codes;

/** Progress of one named activity of goals 5 and 8–10. */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
