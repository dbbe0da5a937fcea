import dk.erhvervshus.demo.DemoDataGenerator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goal reads under an open-model load, beside their physical limit, at two sizes in one run: the
 * demo year of Erhvervshus Nordjylland loaded through the APIs, then with a generated history of
 * EVENTS more events (6 houses x 2021-2025, {@link EventVolume}) on the topics. At each size, once
 * reporting-service has applied everything and derived the goals: {@code GET /q/health/live} (the
 * floor: HTTP, the client and the machine) and {@code GET /api/v1/houses/nordjylland/years/2023/goals}
 * (a dashboard token) at RATE requests/s for SECONDS after a warm-up, then the goals at rising rates
 * until p99 passes 50 ms or an error appears (or, when RATE itself does not hold, at halved rates
 * until one does). Prints p50/p99/max, errors, the ratios large/small and
 * reporting-service's RSS. See bench/goal-reads.
 *
 * <pre>GoalReadsBench STATE_DIR REPO RATE SECONDS EVENTS SEED</pre>
 */
public final class GoalReadsBench {

    private static final String GOALS = "/api/v1/houses/nordjylland/years/2023/goals";
    private static final double WARMUP_SECONDS = 10;
    private static final double STEP_SECONDS = 10;
    private static final int SEQUENTIAL = 500;
    private static final double TARGET_P99_MS = 5;
    private static final double GIVE_UP_P99_MS = 50;
    private static final int[] STEPS = {1000, 1500, 2000, 3000, 4000, 6000, 8000};

    private record Size(String label, long events, double idleRss, Measured measured) {
    }

    private record Measured(double[] sequential, OpenLoad.Result floor, OpenLoad.Result goals, double rssAfter,
                            List<OpenLoad.Result> steps) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: GoalReadsBench STATE_DIR REPO RATE SECONDS EVENTS SEED");
            System.exit(2);
        }
        Path stateDir = Path.of(args[0]).toAbsolutePath();
        Path repo = Path.of(args[1]).toAbsolutePath();
        int rate = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        long events = Long.parseLong(args[4]);
        long seed = Long.parseLong(args[5]);

        // The maintainer logs each derivation's time at DEBUG: read back from the log for "where time goes".
        FullStack stack = FullStack.start(stateDir, repo,
                Map.of("quarkus.log.category.\"dk.erhvervshus.reporting.maintained.GoalMaintainer\".level", "DEBUG"));
        double startedRss = FullStack.rssMiB(stack.reporting.pid());
        String dashboard = stack.token("bench-dashboard", "dashboard", "nordjylland");
        HttpClient http = OpenLoad.client();

        long loadStarted = System.nanoTime();
        DemoDataGenerator.main(new String[] {"--secrets", stack.secretsDir().toString(),
                "--guidance-url", stack.guidance.baseUrl(), "--survey-url", stack.survey.baseUrl(), "--seed", "2023"});
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        double settled = stack.awaitSettled(Duration.ofMinutes(10));
        long demoEvents = stack.topicEnds();
        System.out.printf(Locale.ROOT, "demo year loaded through the APIs in %.1f s, in the goals %.1f s later: %,d events on the topics%n",
                loadSeconds, settled, demoEvents);
        checkGoals(http, stack, dashboard);
        Size small = new Size("demo size", demoEvents, FullStack.rssMiB(stack.reporting.pid()), measure(http, stack, dashboard, rate, seconds, "demo"));

        int derivationsBefore = stack.derivations().size();
        System.out.printf(Locale.ROOT, "publishing %,d generated events (6 houses x 2021-2025, seed %d) onto the topics...%n", events, seed);
        EventVolume.Published published = EventVolume.publish(stack.broker(), EventVolume.HOUSES, EventVolume.YEARS, events, seed);
        double caughtUp = stack.awaitSettled(Duration.ofMinutes(40));
        long largeEvents = stack.topicEnds();
        System.out.printf(Locale.ROOT, "published %,d events in %.1f s; reporting-service applied them and derived the goals %.1f s after"
                        + " the last was published (%,.0f events/s from the first published): %,d events on the topics%n",
                published.total(), published.seconds(), caughtUp, published.total() / (published.seconds() + caughtUp), largeEvents);
        List<Long> catchUpDerivations = stack.derivations().subList(derivationsBefore, stack.derivations().size());
        checkGoals(http, stack, dashboard);
        Size large = new Size("large", largeEvents, FullStack.rssMiB(stack.reporting.pid()), measure(http, stack, dashboard, rate, seconds, "large"));

        System.out.println();
        System.out.printf(Locale.ROOT, "goal reads, open model at %d requests/s for %.0f s after a %.0f s warm-up (latency from the scheduled start):%n",
                rate, seconds, WARMUP_SECONDS);
        for (Size size : List.of(small, large)) {
            System.out.printf(Locale.ROOT, " %s (%,d events):%n", size.label(), size.events());
            System.out.printf(Locale.ROOT, "  one request at a time, p50: floor %.2f ms, goals %.2f ms%n",
                    size.measured().sequential()[0], size.measured().sequential()[1]);
            System.out.println(size.measured().floor().line("floor: GET /q/health/live"));
            System.out.println(size.measured().goals().line("GET " + GOALS));
            System.out.printf(Locale.ROOT, "  ratio goals/floor: p50 %.1fx, p99 %.1fx%n",
                    size.measured().goals().p50() / size.measured().floor().p50(),
                    size.measured().goals().p99() / size.measured().floor().p99());
            System.out.println("  rates tried (10 s each, the asked one " + (long) seconds + " s):");
            for (OpenLoad.Result step : size.measured().steps()) {
                System.out.println(step.line("  GET goals") + String.format(Locale.ROOT, "  (sent up to %.0f ms late)", step.sendLagMillis()));
            }
            System.out.println("  " + sustainable(size.measured().steps()));
        }
        OpenLoad.Result a = small.measured().goals();
        OpenLoad.Result b = large.measured().goals();
        System.out.printf(Locale.ROOT, "ratio large/small: p50 %.2f, p99 %.2f (target p99 <= %.0f ms at both sizes, ratio <= 1.2)%n",
                b.p50() / a.p50(), b.p99() / a.p99(), TARGET_P99_MS);
        OpenLoad.Result[] held = bothHeld(small.measured().steps(), large.measured().steps());
        if (held != null) {
            System.out.printf(Locale.ROOT, "ratio large/small at %d/s, the highest rate both sizes held: p50 %.2f, p99 %.2f%n",
                    held[0].rate(), held[1].p50() / held[0].p50(), held[1].p99() / held[0].p99());
        }
        System.out.printf(Locale.ROOT, "reporting-service RSS: started %.0f MiB; demo size idle %.0f, after the load %.0f; large idle %.0f,"
                        + " after the load %.0f MiB (target <= 200 MB at 1M events)%n",
                startedRss, small.idleRss(), small.measured().rssAfter(), large.idleRss(), large.measured().rssAfter());
        FullStack.printDerivations("maintainer's derivations of nordjylland/2023 while catching up on the large history", catchUpDerivations);
    }

    /** One GET before the load: the goals are there, with data, and answered with 200. */
    private static void checkGoals(HttpClient http, FullStack stack, String token) throws Exception {
        HttpResponse<String> answer = http.send(goals(stack, token), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("G11-UNIQUE-COMPANIES")) {
            throw new IllegalStateException("goals answered " + answer.statusCode() + ": " + answer.body());
        }
        Matcher unique = Pattern.compile("\"id\":\"G11-UNIQUE-COMPANIES\"[^}]*?\"actual\":([0-9.]+)").matcher(answer.body());
        System.out.println("  goals answer: " + answer.body().length() + " bytes; G11-UNIQUE-COMPANIES actual "
                + (unique.find() ? unique.group(1) : "?"));
    }

    private static Measured measure(HttpClient http, FullStack stack, String token, int rate, double seconds, String label)
            throws Exception {
        HttpRequest live = HttpRequest.newBuilder(URI.create(stack.reporting.baseUrl() + "/q/health/live"))
                .timeout(OpenLoad.REQUEST_TIMEOUT).GET().build();
        HttpRequest goals = goals(stack, token);
        System.out.printf(Locale.ROOT, "[%s] warm-up %.0f s, then the floor and the goals at %d/s for %.0f s each...%n",
                label, WARMUP_SECONDS, rate, seconds);
        OpenLoad.run(http, i -> i % 2 == 0 ? goals : live, 200, rate, WARMUP_SECONDS);
        // One request at a time: the service time without any queue, the floor's and the goals'.
        double[] sequential = {sequentialMillis(http, live), sequentialMillis(http, goals)};
        System.out.printf(Locale.ROOT, "[%s] one at a time (p50 of %d): floor %.2f ms, goals %.2f ms%n", label, SEQUENTIAL,
                sequential[0], sequential[1]);
        OpenLoad.Result floor = OpenLoad.run(http, i -> live, 200, rate, seconds);
        System.out.println(floor.line("[" + label + "] floor"));
        OpenLoad.Result measured = OpenLoad.run(http, i -> goals, 200, rate, seconds);
        System.out.println(measured.line("[" + label + "] goals"));
        double rss = FullStack.rssMiB(stack.reporting.pid());
        List<OpenLoad.Result> steps = new ArrayList<>();
        boolean held = holds(measured);
        if (held) {
            // Up from the asked rate until it no longer holds.
            for (int step : STEPS) {
                if (step <= rate) {
                    continue;
                }
                OpenLoad.Result result = step(http, goals, step, label);
                steps.add(result);
                if (!holds(result)) {
                    break;
                }
            }
        } else {
            // Down from the asked rate, halving, until a rate holds.
            for (int step = rate / 2; step >= 25; step /= 2) {
                OpenLoad.Result result = step(http, goals, step, label);
                steps.add(result);
                if (holds(result)) {
                    break;
                }
            }
        }
        steps.add(0, measured);
        steps.sort(java.util.Comparator.comparingInt(OpenLoad.Result::rate));
        return new Measured(sequential, floor, measured, rss, steps);
    }

    private static double sequentialMillis(HttpClient http, HttpRequest request) throws Exception {
        long[] took = new long[SEQUENTIAL];
        for (int i = 0; i < SEQUENTIAL; i++) {
            long started = System.nanoTime();
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            took[i] = System.nanoTime() - started;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + answer.statusCode());
            }
        }
        java.util.Arrays.sort(took);
        return took[SEQUENTIAL / 2] / 1e6;
    }

    private static OpenLoad.Result step(HttpClient http, HttpRequest goals, int rate, String label) throws Exception {
        // A pause, so the queue of the step before is gone before this one starts.
        Thread.sleep(5000);
        OpenLoad.Result result = OpenLoad.run(http, i -> goals, 200, rate, STEP_SECONDS);
        System.out.println(result.line("[" + label + "] step"));
        return result;
    }

    /** The small and the large result at the highest rate both held; null when there is none. */
    private static OpenLoad.Result[] bothHeld(List<OpenLoad.Result> small, List<OpenLoad.Result> large) {
        OpenLoad.Result[] best = null;
        for (OpenLoad.Result a : small) {
            for (OpenLoad.Result b : large) {
                if (a.rate() == b.rate() && holds(a) && holds(b) && (best == null || a.rate() > best[0].rate())) {
                    best = new OpenLoad.Result[] {a, b};
                }
            }
        }
        return best;
    }

    private static boolean holds(OpenLoad.Result result) {
        return result.p99() <= GIVE_UP_P99_MS && result.errorCount() == 0;
    }

    private static String sustainable(List<OpenLoad.Result> steps) {
        int withinTarget = 0;
        int withinGiveUp = 0;
        for (OpenLoad.Result step : steps) {
            if (step.errorCount() == 0 && step.p99() <= TARGET_P99_MS) {
                withinTarget = Math.max(withinTarget, step.rate());
            }
            if (step.errorCount() == 0 && step.p99() <= GIVE_UP_P99_MS) {
                withinGiveUp = Math.max(withinGiveUp, step.rate());
            }
        }
        OpenLoad.Result firstFailing = steps.stream().filter(r -> !holds(r)).findFirst().orElse(null);
        String end = firstFailing != null
                ? String.format(Locale.ROOT, "p99 %.0f ms / %d errors at %d/s", firstFailing.p99(), firstFailing.errorCount(), firstFailing.rate())
                : "held up to " + steps.get(steps.size() - 1).rate() + "/s";
        return String.format(Locale.ROOT, "maximum sustainable rate: %d/s with p99 <= %.0f ms, %d/s with p99 <= %.0f ms (%s)",
                withinTarget, TARGET_P99_MS, withinGiveUp, GIVE_UP_P99_MS, end);
    }

    private static HttpRequest goals(FullStack stack, String token) {
        return HttpRequest.newBuilder(URI.create(stack.reporting.baseUrl() + GOALS))
                .header("Authorization", "Bearer " + token).timeout(OpenLoad.REQUEST_TIMEOUT).GET().build();
    }
}
