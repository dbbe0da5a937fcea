package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;
import dk.erhvervshus.stack.ServiceProcess;

/**
 * SIGKILLs one process of the system, as a crash would (no shutdown hooks, no flush, no offset
 * commit; for PostgreSQL the postmaster and every backend at once), and starts it again on the same
 * ports and data: a service from its jar, the broker on its log directory, PostgreSQL on its data
 * directory (recovering from the WAL). A restart returns once the process is ready again.
 */
final class FaultInjector {

    private final RunningSystem system;

    FaultInjector(RunningSystem system) {
        this.system = system;
    }

    void kill(Fault fault) {
        switch (fault) {
            case REPORTING_SERVICE, GUIDANCE_SERVICE, SURVEY_SERVICE -> service(fault).kill();
            case KAFKA_BROKER -> system.broker.kill();
            case POSTGRESQL -> system.postgres.kill();
        }
    }

    void restart(Fault fault) {
        switch (fault) {
            case REPORTING_SERVICE, GUIDANCE_SERVICE, SURVEY_SERVICE -> system.restart(service(fault));
            case KAFKA_BROKER -> system.broker.start();
            case POSTGRESQL -> system.postgres.restart();
        }
    }

    private ServiceProcess service(Fault fault) {
        return switch (fault) {
            case REPORTING_SERVICE -> system.reporting;
            case GUIDANCE_SERVICE -> system.guidance;
            case SURVEY_SERVICE -> system.survey;
            default -> throw new IllegalArgumentException(fault + " is not a service");
        };
    }
}
