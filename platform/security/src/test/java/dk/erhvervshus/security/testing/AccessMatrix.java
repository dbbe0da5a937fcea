package dk.erhvervshus.security.testing;

import dk.erhvervshus.security.Roles;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every operation of a service's OpenAPI document, called by every kind of caller, against the
 * access rule the test declares for it. The operations come from the document, so a new endpoint
 * without a rule fails the matrix, and the roles a rule declares must be the roles the document
 * publishes ({@code x-roles}), so the contract and the behaviour cannot drift apart.
 *
 * <p>Callers per operation: no token, an expired token, a token signed by another key (each 401),
 * and every role with a token for the request's house, for another house and for no house. A role
 * the operation does not allow is 403; an allowed role is 2xx for its own house and 403 for another
 * house; without a house claim it is 2xx only for roles that are not house-bound. An operation on
 * records of no house (register figures) is 2xx only for a token without a house claim. A batch
 * that judges each item's house on its own ({@link Rule#eachItem}) answers an allowed role of
 * another house 2xx with every item rejected.
 */
public final class AccessMatrix {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** Real signed tokens; a null house means a token without the {@code house} claim. */
    public interface Tokens {
        String valid(String role, String house);

        String expired(String role, String house);

        String signedByAnotherKey(String role, String house);
    }

    /** Whose records an operation touches. */
    public enum Scope {
        /** The house of the path, the body or the record it names. */
        HOUSE_OF_THE_REQUEST,
        /** Records that belong to no house: only a token confined to no house. */
        NO_HOUSE,
        /**
         * A batch whose items each name their house: the batch as a whole needs only the role, and
         * each item of a house the token is not confined to is rejected on its own.
         */
        EACH_ITEM
    }

    /** The designed access of one operation, and how to call it successfully for the request's house. */
    public static final class Rule {
        private final Set<String> roles;
        private Scope scope = Scope.HOUSE_OF_THE_REQUEST;
        private final Map<String, Object> pathParams = new LinkedHashMap<>();
        private final Map<String, Object> queryParams = new LinkedHashMap<>();
        private String contentType;
        private Supplier<?> body;
        private String rejectedItems;
        private int items;
        private boolean stream;

        private Rule(Set<String> roles) {
            this.roles = roles;
        }

        public static Rule roles(String... roles) {
            return new Rule(new TreeSet<>(Arrays.asList(roles)));
        }

        public Rule ofNoHouse() {
            scope = Scope.NO_HOUSE;
            return this;
        }

        /**
         * The operation judges each item's house on its own: a token of another house is answered 2xx,
         * and the answer must count all {@code items} items of the request as rejected; for the
         * request's house, none.
         *
         * @param rejectedItems where the answer counts its rejected items, e.g. {@code summary.rejected}
         * @param items         how many items the rule's body holds, all of the request's house
         */
        public Rule eachItem(String rejectedItems, int items) {
            scope = Scope.EACH_ITEM;
            this.rejectedItems = rejectedItems;
            this.items = items;
            return this;
        }

        /**
         * The operation answers a stream that does not end (server-sent events): only the status of
         * the answer is read, then the connection is closed.
         */
        public Rule stream() {
            stream = true;
            return this;
        }

        public Rule path(String name, Object value) {
            pathParams.put(name, value);
            return this;
        }

        public Rule query(String name, Object value) {
            queryParams.put(name, value);
            return this;
        }

        /** A JSON body, made anew for every call so that writes do not repeat each other. */
        public Rule json(Supplier<?> body) {
            return body("application/json", body);
        }

        /** A body of any type, made anew for every call; a {@code byte[]} is sent as it is (an upload). */
        public Rule body(String contentType, Supplier<?> body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }
    }

    /** One call of the matrix and what it answered. */
    public record Cell(String operation, String caller, int expected, int actual) {
        boolean asDesigned() {
            return expected == 200 ? actual >= 200 && actual < 300 : actual == expected;
        }

        @Override
        public String toString() {
            return operation + " by " + caller + ": expected " + (expected == 200 ? "2xx" : expected) + ", got " + actual;
        }
    }

    /** All calls made, and the ones that did not answer as designed. */
    public record Report(List<Cell> cells, List<String> problems) {
        public int calls() {
            return cells.size();
        }

        public List<String> mismatches() {
            List<String> all = new ArrayList<>(problems);
            cells.stream().filter(cell -> !cell.asDesigned()).map(Cell::toString).forEach(all::add);
            return all;
        }
    }

    private record Operation(String id, String method, String path, Set<String> documentedRoles) {
    }

    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private AccessMatrix(JsonPath document) {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : METHODS) {
                Object operation = path.getValue().get(method);
                if (operation instanceof Map<?, ?> op) {
                    Object roles = op.get("x-roles");
                    Set<String> documented = roles instanceof List<?> list
                            ? new TreeSet<>(list.stream().map(Object::toString).toList()) : Set.of();
                    Object id = op.get("operationId");
                    operations.add(new Operation(id == null ? null : id.toString(), method, path.getKey(), documented));
                }
            }
        }
    }

    /** The operations of a document as served at {@code /q/openapi?format=json}. */
    public static AccessMatrix of(JsonPath openApiDocument) {
        return new AccessMatrix(openApiDocument);
    }

    public AccessMatrix rule(String operationId, Rule rule) {
        if (rules.put(operationId, rule) != null) {
            throw new IllegalArgumentException("two rules for " + operationId);
        }
        return this;
    }

    /**
     * Calls every operation as every kind of caller.
     *
     * @param house      the house every rule's request is for (a house with a goal catalogue)
     * @param otherHouse another house, for tokens confined elsewhere
     */
    public Report run(Tokens tokens, String house, String otherHouse) {
        List<String> problems = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Set<String> documentedIds = new LinkedHashSet<>();
        for (Operation operation : operations) {
            if (operation.id() == null || operation.id().equals("null")) {
                problems.add(operation.method().toUpperCase() + " " + operation.path() + " has no operationId");
                continue;
            }
            documentedIds.add(operation.id());
            Rule rule = rules.get(operation.id());
            if (rule == null) {
                problems.add(operation.id() + " (" + operation.method().toUpperCase() + " " + operation.path()
                        + ") has no access rule in this test: add one");
                continue;
            }
            if (!rule.roles.equals(operation.documentedRoles())) {
                problems.add(operation.id() + ": the document publishes roles " + operation.documentedRoles()
                        + ", the rule says " + rule.roles);
            }
            String someAllowedRole = rule.roles.iterator().next();
            String ownClaim = rule.scope == Scope.NO_HOUSE ? null : house;
            cells.add(call(operation, rule, "no token", null, 401));
            cells.add(call(operation, rule, "an expired " + someAllowedRole + " token",
                    tokens.expired(someAllowedRole, ownClaim), 401));
            cells.add(call(operation, rule, "a " + someAllowedRole + " token signed by another key",
                    tokens.signedByAnotherKey(someAllowedRole, ownClaim), 401));
            for (String role : Roles.ALL) {
                for (String claim : Arrays.asList(house, otherHouse, null)) {
                    String caller = role + (claim == null ? " without a house" : " of " + claim);
                    int expected = expected(rule, role, claim, house);
                    String token = tokens.valid(role, claim);
                    if (rule.stream) {
                        cells.add(new Cell(operation.id(), caller, expected, streamStatus(operation, rule, token)));
                        continue;
                    }
                    Response answer = send(operation, rule, token);
                    Cell cell = new Cell(operation.id(), caller, expected, answer.statusCode());
                    cells.add(cell);
                    if (rule.scope == Scope.EACH_ITEM && expected == 200 && cell.asDesigned()) {
                        int rejected = answer.jsonPath().getInt(rule.rejectedItems);
                        int designed = claim == null || claim.equals(house) ? 0 : rule.items;
                        if (rejected != designed) {
                            problems.add(cell + ", but " + rule.rejectedItems + " was " + rejected + ", not " + designed);
                        }
                    }
                }
            }
        }
        for (String ruled : rules.keySet()) {
            if (!documentedIds.contains(ruled)) {
                problems.add("rule for " + ruled + ", which the document does not have");
            }
        }
        return new Report(List.copyOf(cells), List.copyOf(problems));
    }

    private static int expected(Rule rule, String role, String claim, String house) {
        if (!rule.roles.contains(role)) {
            return 403;
        }
        if (claim == null) {
            return Roles.HOUSE_BOUND.contains(role) ? 403 : 200;
        }
        if (rule.scope == Scope.NO_HOUSE) {
            return 403;
        }
        if (rule.scope == Scope.EACH_ITEM) {
            return 200;
        }
        return claim.equals(house) ? 200 : 403;
    }

    private static Cell call(Operation operation, Rule rule, String caller, String token, int expected) {
        int status = rule.stream ? streamStatus(operation, rule, token) : send(operation, rule, token).statusCode();
        return new Cell(operation.id(), caller, expected, status);
    }

    /** The status of a streaming answer: the headers are read, the endless body is not. */
    private static int streamStatus(Operation operation, Rule rule, String token) {
        String path = operation.path();
        for (Map.Entry<String, Object> param : rule.pathParams.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", String.valueOf(param.getValue()));
        }
        StringBuilder query = new StringBuilder();
        rule.queryParams.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + path + query))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> answer = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            return answer.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot call " + operation.id(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response send(Operation operation, Rule rule, String token) {
        RequestSpecification request = RestAssured.given();
        request = token == null ? request.auth().none() : request.auth().oauth2(token);
        request.pathParams(rule.pathParams).queryParams(rule.queryParams);
        if (rule.body != null) {
            Object body = rule.body.get();
            request.contentType(rule.contentType);
            // RestAssured sends bytes as they are only when it sees them as bytes (an upload, say).
            if (body instanceof byte[] bytes) {
                request.body(bytes);
            } else {
                request.body(body);
            }
        }
        return request.request(operation.method(), operation.path());
    }
}
