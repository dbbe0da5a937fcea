package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.e2e.RunningSystem;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.stack.ServiceProcess;
import org.apache.kafka.common.TopicPartition;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One chaos run against a running system: the seeded load in phases, each round SIGKILLing one
 * process at a random moment of its load and starting it again while the clients go on (retrying
 * what was not acknowledged), then the broker down under load, then PostgreSQL down under load;
 * then settling, and every check: event stores, topics, read models and goals against the ground
 * truth, and a second reporting-service rebuilt from the topics against the system's own.
 */
final class ChaosRun {

    static final String REBUILD_DATABASE = "rebuild";
    static final String REBUILD_GROUP = "reporting-service-rebuild";
    static final String BROKER_OUTAGE = "broker outage";
    static final String POSTGRES_OUTAGE = "PostgreSQL outage";
    private static final List<Integer> YEARS = List.of(2022, 2023, 2024);
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration LONGEST_DOWNTIME = Duration.ofMillis(1500);

    private final RunningSystem system;
    private final ChaosSettings settings;
    private final PrintStream log;
    private final GroundTruth truth = new GroundTruth();
    private final LoadCounters counters = new LoadCounters();
    private final LoadGenerator load;
    private final Random chaos;
    private final FaultInjector injector;
    private final Map<Lane, ClientWorker> workers = new EnumMap<>(Lane.class);
    private final Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
    private final List<Fault> faultCycle = new ArrayList<>();

    ChaosRun(RunningSystem system, ChaosSettings settings, PrintStream log) {
        this.system = system;
        this.settings = settings;
        this.log = log;
        this.load = new LoadGenerator(settings.seed(), settings.events());
        // Its own stream of choices, so the load is the same whatever the faults draw.
        this.chaos = new Random(settings.seed() * 31 + 7);
        this.injector = new FaultInjector(system);
        for (Lane lane : Lane.values()) {
            ServiceProcess service = lane.target == Lane.Target.GUIDANCE ? system.guidance : system.survey;
            workers.put(lane, new ClientWorker(new ServiceClient(service, system.token(lane.caller), counters::answered),
                    counters, truth));
        }
    }

    ChaosReport run() {
        long started = System.nanoTime();
        int phases = settings.rounds() + (settings.brokerOutage().isZero() ? 0 : 1)
                + (settings.postgresOutage().isZero() ? 0 : 1);
        int eventsPerPhase = settings.events() / phases;
        ExecutorService clients = Executors.newFixedThreadPool(Lane.values().length);
        try {
            for (int round = 1; round <= settings.rounds(); round++) {
                round(clients, round, eventsPerPhase);
            }
            if (!settings.brokerOutage().isZero()) {
                brokerOutage(clients, eventsPerPhase);
            }
            if (!settings.postgresOutage().isZero()) {
                postgresOutage(clients, eventsPerPhase);
            }
        } finally {
            clients.shutdownNow();
        }
        long loaded = System.nanoTime();
        counters.phase("settling");
        log.println("chaos: load done (" + counters.acknowledgedEvents() + " events acknowledged); settling");
        Pipeline pipeline = new Pipeline(system);
        Map<TopicPartition, Long> endOffsets = pipeline.awaitSettled("reporting", SETTLE_TIMEOUT);
        long settled = System.nanoTime();
        GroundTruth.Snapshot snapshot = truth.snapshot();

        StreamCount eventStores = new WriteSideAudit(system).compare(snapshot);
        TopicAudit.Verdict topics = new TopicAudit(system).audit(snapshot, endOffsets);
        ExpectedReadModel.Verdict readModels = ExpectedReadModel.compare(system, "reporting", snapshot);
        Map<Integer, GoalCatalogue> catalogues = catalogues();
        Map<Integer, List<String>> asOfs = asOfs();
        List<GoalReadings.Reading> own = GoalReadings.read(system, system.reporting, asOfs);
        GoalCheck.Verdict goals = GoalCheck.againstGroundTruth(snapshot, own, catalogues);

        log.println("chaos: checked against the ground truth; rebuilding the read models from the topics");
        long rebuildStarted = System.nanoTime();
        ServiceProcess rebuild = system.startReportingReplica(REBUILD_DATABASE, REBUILD_GROUP);
        pipeline.awaitSettled(REBUILD_DATABASE, SETTLE_TIMEOUT);
        long rebuilt = System.nanoTime();
        ExpectedReadModel.Verdict rebuildModels = ExpectedReadModel.compare(system, REBUILD_DATABASE, snapshot);
        GoalCheck.Verdict rebuildGoals = GoalCheck.againstEachOther(own, GoalReadings.read(system, rebuild, asOfs));
        TableDiff tables = TableDiff.of(ReadModelTables.dump(system, "reporting"), ReadModelTables.dump(system, REBUILD_DATABASE));
        rebuild.close();

        return new ChaosReport(settings, counters.summary(), new EnumMap<>(faults), eventStores, topics, readModels,
                goals, rebuildModels, rebuildGoals, tables, truth.reorderedCount(), truth.reorderedChanges(),
                new ChaosReport.Times(seconds(loaded - started), seconds(settled - loaded), seconds(rebuilt - rebuildStarted),
                        seconds(System.nanoTime() - started)));
    }

    /** One round: its share of the load, and one SIGKILL when a seeded share of it has been acknowledged. */
    private void round(ExecutorService clients, int round, int events) {
        counters.phase("round " + round);
        Map<Lane, List<Write>> writes = load.phase(events);
        Fault fault = nextFault();
        double at = 0.1 + 0.7 * chaos.nextDouble();
        Duration down = Duration.ofMillis(chaos.nextInt((int) LONGEST_DOWNTIME.toMillis()));
        long target = counters.acknowledgedEvents() + Math.round(at * eventsOf(writes));
        List<Future<?>> lanes = send(clients, writes, Pacing.AS_FAST_AS_ANSWERED);
        while (counters.acknowledgedEvents() < target && !allDone(lanes)) {
            Pipeline.sleep(Duration.ofMillis(10));
        }
        log.printf("chaos: round %d of %d: SIGKILL %s after %d of %d events acknowledged%n", round, settings.rounds(),
                fault.label, counters.acknowledgedEvents() - (target - Math.round(at * eventsOf(writes))), eventsOf(writes));
        injector.kill(fault);
        faults.merge(fault, 1, Integer::sum);
        Pipeline.sleep(down);
        injector.restart(fault);
        await(lanes);
    }

    /**
     * The broker SIGKILLed and kept down for the outage while the clients send a phase spread over
     * it: the writes go on being acknowledged (the outbox needs only PostgreSQL) and are delivered
     * once the broker is back, which the topic audit checks (once, in order per aggregate).
     */
    private void brokerOutage(ExecutorService clients, int events) {
        Map<Lane, List<Write>> writes = load.phase(events);
        log.printf("chaos: the broker down for %d s under load%n", settings.brokerOutage().toSeconds());
        counters.phase(BROKER_OUTAGE);
        system.broker.kill();
        List<Future<?>> lanes = send(clients, writes, Pacing.spreadOver(settings.brokerOutage()));
        Pipeline.sleep(settings.brokerOutage());
        counters.phase("after " + BROKER_OUTAGE);
        system.broker.start();
        await(lanes);
    }

    /**
     * PostgreSQL SIGKILLed a quarter into a phase spread over one and a half outages, kept down for
     * the outage and started again: writes meanwhile are answered 5xx (503 with Retry-After once the
     * write services say so) and retried; nothing partial may be stored, reporting-service's
     * consumer must pause and resume.
     */
    private void postgresOutage(ExecutorService clients, int events) {
        Map<Lane, List<Write>> writes = load.phase(events);
        Duration outage = settings.postgresOutage();
        log.printf("chaos: PostgreSQL down for %d s under load%n", outage.toSeconds());
        counters.phase("before " + POSTGRES_OUTAGE);
        List<Future<?>> lanes = send(clients, writes, Pacing.spreadOver(outage.plus(outage.dividedBy(2))));
        Pipeline.sleep(outage.dividedBy(4));
        counters.phase(POSTGRES_OUTAGE);
        system.postgres.kill();
        Pipeline.sleep(outage);
        system.postgres.restart();
        counters.phase("after " + POSTGRES_OUTAGE);
        await(lanes);
    }

    /** The fault kinds in a seeded order, every kind once per five rounds. */
    private Fault nextFault() {
        if (faultCycle.isEmpty()) {
            faultCycle.addAll(List.of(Fault.values()));
            Collections.shuffle(faultCycle, chaos);
        }
        return faultCycle.remove(0);
    }

    private List<Future<?>> send(ExecutorService clients, Map<Lane, List<Write>> writes, Pacing pacing) {
        List<Future<?>> lanes = new ArrayList<>();
        writes.forEach((lane, laneWrites) -> lanes.add(clients.submit(() -> workers.get(lane).send(laneWrites, pacing))));
        return lanes;
    }

    private static boolean allDone(List<Future<?>> lanes) {
        return lanes.stream().allMatch(Future::isDone);
    }

    private static void await(List<Future<?>> lanes) {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        for (Future<?> lane : lanes) {
            try {
                lane.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the clients did not finish a phase within " + PHASE_TIMEOUT.toMinutes() + " min");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static long eventsOf(Map<Lane, List<Write>> writes) {
        return writes.values().stream().flatMap(List::stream).mapToLong(Write::events).sum();
    }

    private static Map<Integer, GoalCatalogue> catalogues() {
        Map<Integer, GoalCatalogue> catalogues = new TreeMap<>();
        GoalCatalogues all = new GoalCatalogues();
        for (int year : YEARS) {
            all.find(Course.HOUSE, year).ifPresent(c -> catalogues.put(year, c));
        }
        return catalogues;
    }

    /** Each year mid-way, at its end, and the service's default (today). */
    private static Map<Integer, List<String>> asOfs() {
        Map<Integer, List<String>> asOfs = new LinkedHashMap<>();
        for (int year : YEARS) {
            asOfs.put(year, java.util.Arrays.asList(year + "-06-30", year + "-12-31", null));
        }
        return asOfs;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
