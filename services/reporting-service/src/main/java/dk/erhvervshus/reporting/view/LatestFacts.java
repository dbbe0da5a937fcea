package dk.erhvervshus.reporting.view;

import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.goals.GuidedCourse;
import dk.erhvervshus.reporting.goals.Referral;
import dk.erhvervshus.reporting.goals.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a house-year as known now (every version never replaced), for any asOf, without
 * reading every row each time. The big families (courses of the year and the year before, the
 * year's answers and referrals: tens of thousands of rows at size) of the most recently read
 * house-years are held in memory ({@link HeldFacts}, at most {@code reporting.maintainer.max-held-facts}
 * facts in all, the least recently read house-years forgotten first; the one just read is always
 * kept) and brought up to date by reading only the
 * versions a transaction wrote or closed since the last read ({@code changed_txn}, see migration
 * V6); the small families are read whole, they hold a handful of rows. The goal maintainer derives
 * through it, and so do reads of an asOf before the latest fact.
 *
 * <p>Every call reads the changes committed before it started, so a caller that waited for a
 * write (a Consistency-Token) sees it. Two calls at once each read from the facts held when they
 * started; the newer result is kept.
 */
@ApplicationScoped
public class LatestFacts {

    private static final Logger LOG = Logger.getLogger(LatestFacts.class);
    private static final String HORIZON = "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private final Map<HouseYearKey, HeldFacts> held;
    /** Moves on when everything held is forgotten, so that a refresh begun before is not kept after. */
    private long generation;

    private final int maxHeldFacts;

    public LatestFacts(@ConfigProperty(name = "reporting.maintainer.max-held-facts", defaultValue = "100000")
                       int maxHeldFacts) {
        this.maxHeldFacts = maxHeldFacts;
        this.held = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The facts as of {@code period}'s asOf, with everything known now; opens its own session. */
    Uni<GoalFacts> factsFor(House house, GoalCatalogue catalogue, ContractPeriod period) {
        FactReading reading = new FactReading(house, catalogue, period, KnownAt.LATEST);
        HouseYearKey key = new HouseYearKey(house.id(), period.year());
        return Panache.withSession(() -> refreshed(key)
                .invoke(facts -> reading.held(facts.courseList(), facts.responseList(), facts.referralList()))
                .chain(reading::smallFamilies)
                .map(ignored -> reading.facts()));
    }

    /**
     * Forgets every house-year held. Only for read models emptied behind the projection's back, as
     * tests do between cases: the projection itself only ever adds and closes versions.
     */
    public synchronized void forgetAll() {
        held.clear();
        generation++;
    }

    private Uni<HeldFacts> refreshed(HouseYearKey key) {
        Start start = start(key);
        HeldFacts before = start.held();
        long started = System.nanoTime();
        return horizon().chain(horizon -> (before == null ? firstRead(key, horizon) : changesSince(key, before, horizon))
                .invoke(after -> {
                    keep(key, after, start.generation());
                    LOG.debugf("%s %d: %s (transactions from %d), %d courses held up to transaction %d, in %d ms",
                            key.house(), key.year(), before == null ? "read whole" : "read the versions changed since",
                            before == null ? 0 : before.horizon(), after.courses().size(), horizon,
                            (System.nanoTime() - started) / 1_000_000);
                }));
    }

    private static Uni<Long> horizon() {
        return Panache.getSession().chain(s -> s.createNativeQuery(HORIZON, Object.class).getSingleResult())
                .map(value -> ((Number) value).longValue());
    }

    private static Uni<HeldFacts> firstRead(HouseYearKey key, long horizon) {
        Windows w = new Windows(key.year());
        return CourseVersionView.latestStartedBetween(key.house(), w.firstStart(), w.lastDay())
                .chain(courses -> SurveyResponseVersionView.latestOfYear(key.house(), key.year())
                        .chain(responses -> ReferralVersionView.latestMadeBetween(key.house(), w.firstDay(), w.lastDay())
                                .map(referrals -> HeldFacts.of(horizon, courseChanges(courses),
                                        responseChanges(responses), referralChanges(referrals)))));
    }

    private static Uni<HeldFacts> changesSince(HouseYearKey key, HeldFacts before, long horizon) {
        Windows w = new Windows(key.year());
        long since = before.horizon();
        return CourseVersionView.changedSince(key.house(), w.firstStart(), w.lastDay(), since)
                .chain(courses -> SurveyResponseVersionView.changedSince(key.house(), key.year(), since)
                        .chain(responses -> ReferralVersionView.changedSince(key.house(), w.firstDay(), w.lastDay(), since)
                                .map(referrals -> before.with(horizon, courseChanges(courses),
                                        responseChanges(responses), referralChanges(referrals)))));
    }

    private static List<HeldFacts.Change<GuidedCourse>> courseChanges(List<CourseVersionView.Version> rows) {
        return FactRows.map(rows, row -> new HeldFacts.Change<>(row.courseId(), row.version(), row.knownUntil() == null,
                row.retracted() ? null : FactRows.course(row)));
    }

    private static List<HeldFacts.Change<SurveyResponse>> responseChanges(List<SurveyResponseVersionView.Version> rows) {
        return FactRows.map(rows, row -> new HeldFacts.Change<>(row.responseId(), row.version(),
                row.knownUntil() == null, FactRows.response(row)));
    }

    private static List<HeldFacts.Change<Referral>> referralChanges(List<ReferralVersionView.Version> rows) {
        return FactRows.map(rows, row -> new HeldFacts.Change<>(row.referralId(), row.version(),
                row.knownUntil() == null, FactRows.referral(row)));
    }

    private synchronized Start start(HouseYearKey key) {
        return new Start(held.get(key), generation);
    }

    /** Keeps the newer of what is held and what a call read (another call may have read later meanwhile). */
    private synchronized void keep(HouseYearKey key, HeldFacts read, long readInGeneration) {
        if (readInGeneration != generation) {
            return;
        }
        HeldFacts current = held.get(key);
        if (current == null || current.horizon() <= read.horizon()) {
            held.put(key, read);
        }
        long total = held.values().stream().mapToLong(HeldFacts::size).sum();
        var eldestFirst = held.entrySet().iterator();
        while (total > maxHeldFacts && held.size() > 1) {
            var eldest = eldestFirst.next();
            if (!eldest.getKey().equals(key)) {
                total -= eldest.getValue().size();
                eldestFirst.remove();
            }
        }
    }

    private record HouseYearKey(String house, int year) {
    }

    private record Start(HeldFacts held, long generation) {
    }

    /**
     * What a house-year's goals can read of the big families, whatever the asOf: courses started from
     * January 1st of the year before (goal 1 and the survey goals' data check look back one year),
     * answers of the survey year, referrals made in the year. The same as {@link FactReading} reads
     * for an asOf at the year's end or later.
     */
    private record Windows(LocalDate firstStart, LocalDate firstDay, LocalDate lastDay) {
        Windows(int year) {
            this(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
    }
}
