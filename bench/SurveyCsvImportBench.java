import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of survey-service's CSV import. Generates a survey export the way Erhvervsstyrelsen
 * writes it (';'-separated, Danish labels and dates, Windows-1252, CRLF, valid CVR numbers, some
 * unanswered questions), uploads it twice from the file, streaming, and prints rows per second by
 * its own wall clock and by the server's summary. The first upload stores every row; the second
 * finds every row a duplicate. Between the two it waits for the outbox relay to publish the first
 * upload's events to Kafka, so the two measurements do not share the CPU with it.
 *
 * <p>A single-file program with no dependencies (Java 17):
 * {@code java bench/SurveyCsvImportBench.java --url http://127.0.0.1:8082 --token-file FILE [--rows 100000] [--dir /tmp]}.
 * FILE holds a bearer token of role {@code survey-feed} (bench/survey-csv-import passes the one
 * BenchStack writes; for a local run: {@code deploy/local/token --role survey-feed > FILE}); the token
 * is read from a file so that it never appears on a command line. Response ids carry a run id, so it
 * can run again against the same database.
 */
public final class SurveyCsvImportBench {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral";
    private static final String[] SATISFACTION = {"Meget tilfreds", "Meget tilfreds", "Meget tilfreds", "Tilfreds",
            "Hverken/eller", "Utilfreds", "Meget utilfreds", "Ved ikke", ""};
    private static final String[] EFFECT = {"I høj grad", "I høj grad", "I nogen grad", "I lav grad", "Slet ikke",
            "Ved ikke", ""};
    private static final String[] USED = {"Ja", "Ja", "Nej", "Ved ikke"};
    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Duration RELAY_TIMEOUT = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:8082"));
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        Path dir = Path.of(options.getOrDefault("dir", "/tmp"));
        String tokenFile = options.get("token-file");
        if (tokenFile == null) {
            throw new IllegalArgumentException("--token-file FILE is required: survey-service wants a survey-feed token");
        }
        String token = Files.readString(Path.of(tokenFile)).strip();
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

        Path file = dir.resolve("survey-export-" + rows + "-" + runId + ".csv");
        Files.createDirectories(dir);
        long generated = System.nanoTime();
        writeExport(file, rows, runId);
        System.out.printf("generated %,d rows (%,d bytes, Windows-1252) in %.1f s: %s%n", rows, Files.size(file),
                seconds(System.nanoTime() - generated), file);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Result first = upload(http, base, token, file, "first import (all new)");
        Duration drained = awaitRelay(http, base);
        System.out.printf("  relay: outbox drained to survey-events %.1f s after the answer%n", drained.toMillis() / 1e3);
        Result second = upload(http, base, token, file, "second import (all duplicates)");
        Files.deleteIfExists(file);

        System.out.println();
        System.out.printf("%-32s %12s %14s %14s%n", "", "rows", "client rows/s", "server rows/s");
        first.print();
        second.print();
        boolean ok = first.accepted == rows && second.duplicates == rows;
        if (!ok) {
            System.err.println("UNEXPECTED: the first import should accept every row and the second find every row a duplicate");
            System.exit(1);
        }
    }

    private record Result(String name, long rowsRead, long accepted, long duplicates, long rejected,
                          double clientSeconds, long serverMillis, long serverRowsPerSecond) {

        void print() {
            System.out.printf("%-32s %,12d %,14.0f %,14d%n", name, rowsRead, rowsRead / clientSeconds,
                    serverRowsPerSecond);
        }
    }

    /** Streams the file as the body (BodyPublishers.ofFile reads it in chunks; nothing is held in memory). */
    private static Result upload(HttpClient http, URI base, String token, Path file, String name)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/survey-responses/import"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double clientSeconds = seconds(System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new IOException(name + ": HTTP " + response.statusCode() + ": " + response.body());
        }
        String body = response.body();
        Result result = new Result(name, number(body, "rowsRead"), number(body, "accepted"), number(body, "duplicates"),
                number(body, "rejected"), clientSeconds, number(body, "elapsedMillis"), number(body, "rowsPerSecond"));
        System.out.printf("%s: %.2f s by the client clock, %.2f s by the server; accepted %,d, duplicates %,d, "
                        + "rejected %,d, encoding %s%n", name, clientSeconds, result.serverMillis / 1e3, result.accepted,
                result.duplicates, result.rejected, text(body, "encoding"));
        return result;
    }

    /** Polls the readiness check until the outbox has no unpublished rows. */
    private static Duration awaitRelay(HttpClient http, URI base) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - started < RELAY_TIMEOUT.toNanos()) {
            String body = http.send(health, HttpResponse.BodyHandlers.ofString()).body();
            if (number(body, "unpublished") == 0) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new IOException("the outbox was not drained within " + RELAY_TIMEOUT);
    }

    private static void writeExport(Path file, int rows, String runId) throws IOException {
        LocalDate firstDay = LocalDate.of(2023, 1, 2);
        try (BufferedWriter out = Files.newBufferedWriter(file, WINDOWS_1252)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                boolean referred = i % 3 != 0;
                out.write(String.join(";",
                        String.format("BENCH-%s-%07d", runId, i),
                        "nordjylland",
                        cvr(i),
                        "2023",
                        i % 2 == 0 ? "Vækst" : "Drift",
                        firstDay.plusDays(i % 360).format(DANISH_DATE),
                        SATISFACTION[i % SATISFACTION.length],
                        i % 17 == 0 ? "" : Integer.toString(i % 11),
                        EFFECT[i % EFFECT.length],
                        i % 4 == 0 ? "Nej" : "Ja",
                        referred ? "Ja" : "Nej",
                        referred ? USED[i % USED.length] : ""));
                out.write("\r\n");
            }
        }
    }

    /** The n-th valid CVR number: a 7-digit prefix and its modulus-11 check digit. */
    private static String cvr(int n) {
        for (int prefix = 2_000_000 + 2 * n; ; prefix++) {
            String digits = Integer.toString(prefix);
            int sum = 0;
            for (int i = 0; i < CVR_WEIGHTS.length; i++) {
                sum += (digits.charAt(i) - '0') * CVR_WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits + check;
            }
        }
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + abbreviate(json));
        }
        return Long.parseLong(m.group(1));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: SurveyCsvImportBench [--url URL] --token-file FILE [--rows N] [--dir DIR]; got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
