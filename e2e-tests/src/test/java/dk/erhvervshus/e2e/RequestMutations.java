package dk.erhvervshus.e2e;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/**
 * Mutations of a JSON request as a whole, each invalid on its own: another top-level value, a key
 * twice, text after the value, the value cut short, a body announced larger than the size limit, a wrong or missing
 * Content-Type (or a charset other than UTF-8), a path and query over the URI limit.
 */
final class RequestMutations {

    /** More than a JSON body may have: the services allow 2 MB (guidance: quarkus.http.limits.max-body-size, survey: survey.json.max-body-size). */
    static final int OVERSIZE_BYTES = 2 * 1024 * 1024 + 1;
    /** problems.max-uri-length is 2048 in every service. */
    static final int OVERLONG_QUERY = 2100;
    static final List<String> WRONG_JSON_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1", "application/json; charset=UTF-16");
    private static final List<String> TEXT_AFTER = List.of(" x", "{}", "]", "}", ",", " null", "[]", " 1", "\"\"");

    private RequestMutations() {
    }

    /**
     * @param otherTopLevel values that are not what the endpoint reads at the top level
     * @param keys          top-level keys of the body (of its first item for an array) to send twice
     */
    static Arbitrary<Edit<JsonDraft>> json(List<String> otherTopLevel, List<String> keys) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(otherTopLevel).map(v ->
                        new Edit<JsonDraft>("top level " + v, d -> d.otherTopLevel = v))),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(keys).map(k ->
                        new Edit<JsonDraft>("key twice: " + k, d -> d.repeatedKey = k))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(TEXT_AFTER).map(t ->
                        new Edit<JsonDraft>("text after the value: '" + t + "'", d -> {
                            if (d.cutAt == null) {
                                d.textAfter = t;
                            }
                        }))),
                net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 1).map(at ->
                        new Edit<JsonDraft>(String.format("cut at %.0f %%", at * 100), d -> {
                            if (d.textAfter == null) {
                                d.cutAt = at;
                            }
                        }))),
                net.jqwik.api.Tuple.of(2, contentType(WRONG_JSON_CONTENT_TYPES).map(e -> e)),
                net.jqwik.api.Tuple.of(1, overlongQuery()),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100_000_000).map(extra ->
                        new Edit<JsonDraft>("Content-Length " + (OVERSIZE_BYTES + extra), d -> d.announcedLength = OVERSIZE_BYTES + extra))));
    }

    /** A Content-Type the endpoint does not read, or none at all (null). */
    static Arbitrary<Edit<JsonDraft>> contentType(List<String> wrong) {
        Arbitrary<String> types = Arbitraries.of(wrong).injectNull(1.0 / (wrong.size() + 1));
        return types.map(type -> new Edit<>("Content-Type " + (type == null ? "missing" : type), d -> d.contentType = type));
    }

    static Arbitrary<Edit<JsonDraft>> overlongQuery() {
        return Arbitraries.integers().between(OVERLONG_QUERY, OVERLONG_QUERY + 1000).map(n ->
                new Edit<>("query of " + n + " characters", d -> d.query = "?pad=" + "a".repeat(n)));
    }
}
