package dk.erhvervshus.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshus.reporting.maintained.MaintainedGoals;
import io.netty.buffer.Unpooled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The goals list of a default read (everything known, no Consistency-Token), rendered once per
 * house-year and judging day (asOf) and held as bytes while the maintained goals it was judged from
 * are the ones {@link MaintainedGoals} holds: a steady read costs its checks and a copy, no query,
 * no judging, no serialisation. Two such answers differ only in the time of the answer
 * ({@code knownAt} and {@code computedAt}), which is written into the held bytes per answer.
 *
 * <p>A derivation drops it at once (the maintained goals are forgotten on its NOTIFY, so the held
 * ones are no longer those it came from). Once it is older than {@link #RENEW_AFTER} (or
 * cache-ttl, if shorter), the next read renders it anew from the maintained goals while the reads
 * beside it are still answered with it: the freshness' parked counts and the check that the held
 * goals still stand ride on that one read, not on every read of that second.
 */
@ApplicationScoped
class RenderedGoalsAnswers {

    /** The parked counts of an answer are held this long by their query too (ParkedPerFeedQuery). */
    static final Duration RENEW_AFTER = Duration.ofSeconds(1);
    /** House-years times judging days held at most; beyond it an answer is computed, not held. */
    static final int MAX_HELD = 64;

    // As the JSON writer labels the computed answers.
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    // Stands in for the time of the answer while rendering; its JSON appears exactly where that time goes.
    private static final Instant PLACEHOLDER = Instant.parse("0001-01-01T00:00:00.000000001Z");

    private record Key(String house, int year, LocalDate asOf) {
    }

    /** An answer in three parts around the two times, and the maintained goals it was judged from. */
    private record Rendered(MaintainedGoals.Snapshot from, long renderedAtNanos, byte[] head, byte[] middle,
                            byte[] tail, AtomicBoolean renewing) {

        /** The answer at this time: the held parts and the time, wrapped, not copied (a steady read's garbage stays small). */
        Buffer at(byte[] time) {
            return Buffer.buffer(Unpooled.wrappedBuffer(head, time, middle, time, tail));
        }
    }

    private final MaintainedGoals maintained;
    private final ObjectMapper json;
    private final Clock clock;
    private final long renewAfterNanos;
    private final boolean instantsAsText;
    private final Map<Key, Rendered> held = new ConcurrentHashMap<>();

    RenderedGoalsAnswers(MaintainedGoals maintained, ObjectMapper json, Clock clock) {
        this.maintained = maintained;
        this.json = json;
        this.clock = clock;
        this.renewAfterNanos = Math.min(RENEW_AFTER.toNanos(), maintained.ttl().toNanos());
        this.instantsAsText = writesInstantsAsText();
    }

    /**
     * The request's goals list: the held answer when it stands, else {@code computed} turned into the
     * list and held when it came from the maintained goals held before and after it.
     */
    Uni<Response> list(HouseYear request, Supplier<Uni<GoalSnapshot>> computed) {
        Key key = new Key(request.house().id(), request.period().year(), request.period().asOf());
        MaintainedGoals.Snapshot basis = maintained.held(key.house(), key.year());
        Rendered rendered = held.get(key);
        boolean stands = basis != null && rendered != null && rendered.from() == basis;
        if (stands && (System.nanoTime() - rendered.renderedAtNanos() < renewAfterNanos
                || !rendered.renewing().compareAndSet(false, true))) {
            return Uni.createFrom().item(ok(rendered.at(time(clock.instant()))));
        }
        Rendered renewed = stands ? rendered : null;
        return computed.get()
                .map(snapshot -> {
                    GoalsResponse answer = GoalResponses.list(request, clock.instant(), snapshot);
                    if (snapshot.maintained() && basis != null && maintained.held(key.house(), key.year()) == basis) {
                        hold(key, basis, answer);
                    }
                    return Response.ok(answer).build();
                })
                .onTermination().invoke(() -> {
                    if (renewed != null) {
                        renewed.renewing().set(false);
                    }
                });
    }

    private void hold(Key key, MaintainedGoals.Snapshot from, GoalsResponse answer) {
        if (!held.containsKey(key) && held.size() >= MAX_HELD) {
            // Those of goals no longer held can never be answered again.
            held.entrySet().removeIf(e -> e.getValue().from() != maintained.held(e.getKey().house(), e.getKey().year()));
            if (held.size() >= MAX_HELD) {
                return;
            }
        }
        byte[] body = bytes(new GoalsResponse(answer.house(), answer.year(), answer.asOf(), PLACEHOLDER, PLACEHOLDER,
                answer.dataAsOf(), answer.freshness(), answer.goals()));
        byte[] time = time(PLACEHOLDER);
        int first = indexOf(body, time, 0);
        int second = first < 0 ? -1 : indexOf(body, time, first + time.length);
        if (second < 0 || indexOf(body, time, second + time.length) >= 0) {
            return; // not exactly knownAt and computedAt: answered as computed, never held
        }
        held.put(key, new Rendered(from, System.nanoTime(), slice(body, 0, first),
                slice(body, first + time.length, second), slice(body, second + time.length, body.length),
                new AtomicBoolean()));
    }

    private static Response ok(Buffer body) {
        return Response.ok(body, JSON).build();
    }

    private byte[] time(Instant instant) {
        return instantsAsText ? ('"' + instant.toString() + '"').getBytes(StandardCharsets.US_ASCII) : bytes(instant);
    }

    /** Whether the JSON writer writes an instant as its ISO-8601 text, which is cheaper to write without it. */
    private boolean writesInstantsAsText() {
        return Stream.of("2026-12-01T18:03:53Z", "2026-12-01T18:03:53.120Z", "2026-12-01T18:03:53.123456789Z")
                .map(Instant::parse)
                .allMatch(i -> Arrays.equals(bytes(i), ('"' + i.toString() + '"').getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a goals answer cannot be written", e);
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
