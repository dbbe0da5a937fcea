package dk.erhvervshus.security.testing;

import dk.erhvervshus.security.Roles;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * judged per item ({@link Rule#perItem}) is 2xx for an allowed role of any house, 403 for a token
 * that names no house, and inside the 2xx answer each item of another house is refused 403.
 */
public final class AccessMatrix {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** The verdict of a batch in which some items were refused 403 and others were not. */
    static final int MIXED = -1;

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
         * A batch of the caller's own house whose items are judged one by one: the batch needs only
         * the role and a token that names its house; each item of another house is refused with a
         * 403 problem inside the 2xx answer.
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
        private String items;
        private String itemProblemStatus;

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
         * A batch answered per item ({@link Scope#EACH_ITEM}).
         *
         * @param items         the JSON path of the items' answers, e.g. {@code results}
         * @param problemStatus the path, inside one item's answer, of the status of its problem, e.g.
         *                      {@code problem.status}; absent for an item that was not refused
         */
        public Rule perItem(String items, String problemStatus) {
            scope = Scope.EACH_ITEM;
            this.items = items;
            this.itemProblemStatus = problemStatus;
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

        public Rule body(String contentType, Supplier<?> body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }
    }

    /**
     * One call of the matrix and what it answered.
     *
     * @param perItem true for a batch judged per item: a 2xx answer counts as its items' verdict,
     *                403 when every item was refused 403, 2xx when none was refused, else the
     *                first other status of an item
     */
    public record Cell(String operation, String caller, int expected, int actual, boolean perItem) {
        public Cell(String operation, String caller, int expected, int actual) {
            this(operation, caller, expected, actual, false);
        }

        boolean asDesigned() {
            return expected == 200 ? actual >= 200 && actual < 300 : actual == expected;
        }

        @Override
        public String toString() {
            return operation + " by " + caller + ": expected " + (expected == 200 ? "2xx" : expected)
                    + (perItem ? " (per item)" : "") + ", got "
                    + (actual == MIXED ? "some items refused 403 and others not" : actual);
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
                    cells.add(call(operation, rule, caller, tokens.valid(role, claim), expected(rule, role, claim, house)));
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
            return Roles.HOUSE_BOUND.contains(role) || rule.scope == Scope.EACH_ITEM ? 403 : 200;
        }
        if (rule.scope == Scope.NO_HOUSE) {
            return 403;
        }
        // EACH_ITEM: another house's token is answered 2xx, with every item refused 403.
        return claim.equals(house) ? 200 : 403;
    }

    private static Cell call(Operation operation, Rule rule, String caller, String token, int expected) {
        RequestSpecification request = RestAssured.given();
        request = token == null ? request.auth().none() : request.auth().oauth2(token);
        request.pathParams(rule.pathParams).queryParams(rule.queryParams);
        if (rule.body != null) {
            request.contentType(rule.contentType).body(rule.body.get());
        }
        Response response = request.request(operation.method(), operation.path());
        int status = response.statusCode();
        if (rule.scope == Scope.EACH_ITEM && status >= 200 && status < 300) {
            return new Cell(operation.id(), caller, expected, itemVerdict(response, rule, status), true);
        }
        return new Cell(operation.id(), caller, expected, status, rule.scope == Scope.EACH_ITEM);
    }

    /**
     * The items' verdict of a 2xx batch answer: the answer's status when no item was refused, 403
     * when every item was refused 403, the first other status of a refused item, or {@link #MIXED}.
     */
    private static int itemVerdict(Response response, Rule rule, int status) {
        JsonPath answer = response.jsonPath();
        List<Object> items = answer.getList(rule.items);
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            Object problemStatus = answer.get(rule.items + "[" + i + "]." + rule.itemProblemStatus);
            if (problemStatus != null) {
                refused.add(Integer.parseInt(problemStatus.toString()));
            }
        }
        if (refused.isEmpty()) {
            return status;
        }
        Optional<Integer> other = refused.stream().filter(s -> s != 403).findFirst();
        if (other.isPresent()) {
            return other.get();
        }
        return refused.size() == items.size() ? 403 : MIXED;
    }
}
