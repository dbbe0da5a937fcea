package dk.erhvervshus.e2e.chaos;

/** What a round SIGKILLs: one process of the running system. */
enum Fault {
    REPORTING_SERVICE("reporting-service"),
    GUIDANCE_SERVICE("guidance-service"),
    SURVEY_SERVICE("survey-service"),
    KAFKA_BROKER("Kafka broker"),
    POSTGRESQL("PostgreSQL");

    final String label;

    Fault(String label) {
        this.label = label;
    }
}
