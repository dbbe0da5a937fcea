package dk.erhvervshus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static dk.erhvervshus.e2e.Field.Kind.BOOLEAN;
import static dk.erhvervshus.e2e.Field.Kind.CODE;
import static dk.erhvervshus.e2e.Field.Kind.CODE_LIST;
import static dk.erhvervshus.e2e.Field.Kind.CVR;
import static dk.erhvervshus.e2e.Field.Kind.CVR_LIST;
import static dk.erhvervshus.e2e.Field.Kind.DATE;
import static dk.erhvervshus.e2e.Field.Kind.DATE_TIME;
import static dk.erhvervshus.e2e.Field.Kind.DECIMAL;
import static dk.erhvervshus.e2e.Field.Kind.HOUSE;
import static dk.erhvervshus.e2e.Field.Kind.ID;
import static dk.erhvervshus.e2e.Field.Kind.MUNICIPALITY;
import static dk.erhvervshus.e2e.Field.Kind.YEAR;
import static dk.erhvervshus.e2e.Field.optional;
import static dk.erhvervshus.e2e.Field.required;
import static dk.erhvervshus.e2e.Field.text;

/**
 * Invalid requests for every write endpoint, by construction: a valid body (fresh ids, so that a
 * body wrongly believed invalid would be accepted, not a duplicate) with one to three mutations
 * that are each invalid on their own (see {@link FieldMutations}, {@link RequestMutations}). A
 * batch is either readable with every item invalid, or a body-level mutation of valid items.
 * The rules come from the services' READMEs and OpenAPI documents (docs/openapi).
 *
 * @param course   a course registered beforehand, for completion and retraction
 * @param referral a referral recorded beforehand (referredOn {@link #REFERRED_ON}), for its outcome
 */
record InvalidBodies(String course, String referral) {

    /** The start date of {@link #course}. */
    static final String COURSE_STARTED_ON = "2023-03-01";
    static final String REFERRED_ON = "2023-09-01";
    static final String ACTIVITY_PATH = "/api/v1/houses/nordjylland/years/2023/activities/G8-A1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> NOT_AN_OBJECT = List.of("\"just text\"", "42", "true", "null", "[]", "[{}]");
    /** A JSON array at the top is a batch there, so only scalars stand for "not an object". */
    private static final List<String> NOT_AN_OBJECT_NOR_ARRAY = List.of("\"just text\"", "42", "true", "null", "-1.5");
    private static final List<String> NOT_AN_ARRAY = List.of("\"just text\"", "42", "true", "null", "{}");

    private static final List<Field> COURSE = List.of(optional("courseId", ID), required("house", HOUSE),
            required("cvr", CVR), text("companyName", 200, true), required("municipalityCode", MUNICIPALITY),
            required("category", CODE), required("themes", CODE_LIST), required("startedOn", DATE),
            text("advisor", 100, false), required("sustainabilityWheelUsed", BOOLEAN),
            required("enrolledInEvaluation", BOOLEAN), required("origin", CODE));
    private static final List<Field> CRM_EVENT = List.of(text("crmEventId", 100, true), required("type", CODE),
            optional("occurredAt", DATE_TIME));
    private static final List<Field> SURVEY_RESPONSE = List.of(required("responseId", ID), required("house", HOUSE),
            required("cvr", CVR), required("surveyYear", YEAR), required("segment", CODE), required("answeredOn", DATE),
            optional("competenceSatisfaction", CODE), Field.integer("recommendScore", 0, 10, false),
            optional("expectedEffect", CODE), optional("receivedDigitalGuidance", BOOLEAN),
            optional("receivedReferral", BOOLEAN), optional("usedReferral", CODE));
    private static final List<Field> AWARENESS = List.of(required("surveyId", ID), required("house", HOUSE),
            required("year", YEAR), Field.integer("respondents", 1, Long.MAX_VALUE, true),
            Field.integer("awareOfHouse", 0, Long.MAX_VALUE, true), Field.integer("awareOfGreenServices", 0, Long.MAX_VALUE, true),
            optional("conductedOn", DATE));
    private static final List<Field> REFERRAL = List.of(required("referralId", ID), required("house", HOUSE),
            required("cvr", CVR), required("referredOn", DATE), required("direction", CODE),
            required("counterpartType", CODE), text("counterpartName", 200, true), optional("municipalityCode", MUNICIPALITY));
    /** house is optional in the schema, but the national feed's token has no house claim, so it must be sent. */
    private static final List<Field> OUTCOME = List.of(required("used", BOOLEAN), required("reportedOn", DATE),
            required("house", HOUSE));
    private static final List<Field> FIGURES = List.of(required("cvr", CVR), required("year", YEAR),
            required("revenueDkk", DECIMAL), required("fte", DECIMAL));
    private static final List<Field> COHORT = List.of(required("cohortId", ID), required("house", HOUSE),
            required("cohortYear", YEAR), required("segment", CODE), required("treated", CVR_LIST),
            required("control", CVR_LIST));

    Arbitrary<InvalidRequest> of(WriteEndpoint endpoint) {
        return switch (endpoint) {
            case REGISTER_COURSE -> single(endpoint, "/api/v1/guidance-courses", InvalidBodies::validCourse,
                    FieldMutations.ofAny(COURSE), NOT_AN_OBJECT);
            case COMPLETE_COURSE -> single(endpoint, "/api/v1/guidance-courses/" + course + "/completion",
                    () -> object("completedOn", "2023-06-30"),
                    Arbitraries.oneOf(FieldMutations.of(required("completedOn", DATE)),
                            relation("completedOn: before the start", o -> o.put("completedOn", "2023-02-28"))),
                    NOT_AN_OBJECT);
            case RETRACT_COURSE -> single(endpoint, "/api/v1/guidance-courses/" + course + "/retraction",
                    () -> object("reason", "registered in error"), FieldMutations.of(text("reason", 500, true)), NOT_AN_OBJECT);
            case CRM_BATCH -> crmBatch();
            case REPORT_ACTIVITY -> single(endpoint, ACTIVITY_PATH,
                    () -> object("status", "IN_PROGRESS").put("note", "e2e").put("changedOn", "2023-05-01"),
                    FieldMutations.ofAny(List.of(required("status", CODE), text("note", 1000, false), optional("changedOn", DATE))),
                    NOT_AN_OBJECT);
            case SURVEY_RESPONSE -> single(endpoint, "/api/v1/survey-responses", InvalidBodies::surveyResponse,
                    surveyResponseMutations(), NOT_AN_OBJECT_NOR_ARRAY);
            case SURVEY_RESPONSE_BATCH -> array(endpoint, "/api/v1/survey-responses", InvalidBodies::surveyResponse,
                    surveyResponseMutations(), 1000);
            case SURVEY_CSV_IMPORT -> CsvMutations.upload("/api/v1/survey-responses/import");
            case AWARENESS_SURVEY -> single(endpoint, "/api/v1/awareness-surveys", InvalidBodies::awarenessSurvey,
                    Arbitraries.oneOf(FieldMutations.ofAny(AWARENESS),
                            relation("awareOfHouse: more than respondents", o -> o.put("awareOfHouse", 1001)),
                            relation("awareOfGreenServices: more than awareOfHouse", o -> o.put("awareOfGreenServices", 521)),
                            relation("conductedOn: two years after year", o -> o.put("year", 2023).put("conductedOn", "2025-06-01"))),
                    NOT_AN_OBJECT);
            case REFERRAL -> single(endpoint, "/api/v1/referrals", InvalidBodies::validReferral, FieldMutations.ofAny(REFERRAL),
                    NOT_AN_OBJECT);
            case REFERRAL_OUTCOME -> single(endpoint, "/api/v1/referrals/" + referral + "/outcome",
                    () -> object("house", "nordjylland").put("used", true).put("reportedOn", "2023-12-01"),
                    Arbitraries.oneOf(FieldMutations.ofAny(OUTCOME),
                            relation("reportedOn: before the referral", o -> o.put("reportedOn", "2023-08-31"))),
                    NOT_AN_OBJECT);
            case COMPANY_FIGURES -> array(endpoint, "/api/v1/company-figures", InvalidBodies::figures,
                    FieldMutations.ofAny(FIGURES), 1000);
            case EFFECT_COHORT -> single(endpoint, "/api/v1/effect-cohorts", InvalidBodies::cohort,
                    Arbitraries.oneOf(FieldMutations.ofAny(COHORT),
                            relation("control: a treated company too", InvalidBodies::controlAlsoTreated)),
                    NOT_AN_OBJECT);
        };
    }

    /** A single-record endpoint: field mutations, body mutations, or both. */
    private static Arbitrary<InvalidRequest> single(WriteEndpoint endpoint, String path, Supplier<ObjectNode> valid,
                                                    Arbitrary<Edit<ObjectNode>> fieldMutations, List<String> notTheTopLevel) {
        List<String> keys = List.copyOf(iterable(valid.get().fieldNames()));
        Arbitrary<List<Edit<JsonDraft>>> requestMutations = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(List.of())),
                Tuple.of(3, RequestMutations.json(notTheTopLevel, keys).list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(fieldMutations.list().ofMaxSize(3), requestMutations).as(Tuple::of)
                .filter(t -> !t.get1().isEmpty() || !t.get2().isEmpty())
                .map(t -> {
                    ObjectNode body = valid.get();
                    t.get1().forEach(e -> e.applyTo(body));
                    JsonDraft draft = new JsonDraft(body);
                    t.get1().forEach(e -> draft.mutations.add(e.description()));
                    t.get2().forEach(e -> {
                        e.applyTo(draft);
                        draft.mutations.add(e.description());
                    });
                    return draft.render(endpoint, path);
                });
    }

    /** A JSON array endpoint (survey responses, company figures). */
    private static Arbitrary<InvalidRequest> array(WriteEndpoint endpoint, String path, Supplier<ObjectNode> valid,
                                                   Arbitrary<Edit<ObjectNode>> itemMutations, int maxItems) {
        Arbitrary<Item> invalidItem = Arbitraries.frequencyOf(
                Tuple.of(8, itemMutations.list().ofMinSize(1).ofMaxSize(2).map(edits -> Item.of(valid.get(), edits))),
                Tuple.of(1, Arbitraries.of("42", "\"text\"", "null", "[]", "true").map(Item::notAnObject)));
        Arbitrary<List<Item>> extraInvalidItems = extraItems(endpoint, invalidItem, valid);
        return batch(endpoint, path, invalidItem, extraInvalidItems, valid, items -> items, maxItems, NOT_AN_ARRAY,
                List.copyOf(iterable(valid.get().fieldNames())));
    }

    /** Company figures of the same company and year twice in one delivery reject both. */
    private static Arbitrary<List<Item>> extraItems(WriteEndpoint endpoint, Arbitrary<Item> invalidItem, Supplier<ObjectNode> valid) {
        if (endpoint != WriteEndpoint.COMPANY_FIGURES) {
            return invalidItem.list().ofMinSize(1).ofMaxSize(4);
        }
        Arbitrary<List<Item>> twice = Arbitraries.just(0).map(ignored -> {
            ObjectNode figures = valid.get();
            return List.of(new Item(figures, "same company and year twice"), new Item(figures.deepCopy(), "same company and year twice"));
        });
        return Arbitraries.frequencyOf(Tuple.of(5, invalidItem.list().ofMinSize(1).ofMaxSize(4)), Tuple.of(1, twice));
    }

    private Arbitrary<InvalidRequest> crmBatch() {
        Arbitrary<Item> started = Arbitraries.oneOf(FieldMutations.ofAny(CRM_EVENT), courseMutationsInside("course"))
                .list().ofMinSize(1).ofMaxSize(2)
                .map(edits -> Item.of(crmStarted(), edits));
        Arbitrary<Item> completed = Arbitraries.oneOf(
                        FieldMutations.ofAny(CRM_EVENT),
                        Arbitraries.oneOf(FieldMutations.of(required("completedOn", DATE)),
                                        FieldMutations.of(required("courseId", ID)),
                                        relation("completedOn: before the start", o -> o.put("completedOn", "2023-02-28")),
                                        relation("courseId: unknown course", o -> o.put("courseId", FreshIds.id("unknown"))))
                                .map(e -> inside("course", e)),
                        notAnObject("course"))
                .list().ofMinSize(1).ofMaxSize(2)
                .map(edits -> Item.of(crmChange("COURSE_COMPLETED", "completedOn", "2023-06-30"), edits));
        Arbitrary<Item> retracted = Arbitraries.oneOf(
                        FieldMutations.ofAny(CRM_EVENT),
                        Arbitraries.oneOf(FieldMutations.of(text("reason", 500, true)), FieldMutations.of(required("courseId", ID)))
                                .map(e -> inside("course", e)),
                        notAnObject("course"))
                .list().ofMinSize(1).ofMaxSize(2)
                .map(edits -> Item.of(crmChange("COURSE_RETRACTED", "reason", "registered in error"), edits));
        Arbitrary<Item> invalidItem = Arbitraries.frequencyOf(Tuple.of(6, started), Tuple.of(2, completed),
                Tuple.of(2, retracted), Tuple.of(1, Arbitraries.of("42", "\"text\"", "null", "[]").map(Item::notAnObject)));
        Arbitrary<Edit<JsonDraft>> batchFields = FieldMutations.ofAny(List.of(required("events", Field.Kind.CODE_LIST),
                        text("batchId", 200, false)))
                .filter(e -> !e.description().startsWith("events: list"))
                .map(e -> new Edit<JsonDraft>(e.description(), d -> e.applyTo((ObjectNode) d.tree)));
        return batch(WriteEndpoint.CRM_BATCH, "/api/v1/crm/guidance-events", invalidItem,
                invalidItem.list().ofMinSize(1).ofMaxSize(4), InvalidBodies::crmStarted,
                items -> JSON.objectNode().put("batchId", FreshIds.id("batch")).set("events", items), 1000,
                NOT_AN_OBJECT, List.of("events", "batchId"), batchFields);
    }

    private static Arbitrary<InvalidRequest> batch(WriteEndpoint endpoint, String path, Arbitrary<Item> invalidItem,
                                                   Arbitrary<List<Item>> invalidItems, Supplier<ObjectNode> valid,
                                                   Function<ArrayNode, JsonNode> wrap, int maxItems,
                                                   List<String> notTheTopLevel, List<String> keys) {
        return batch(endpoint, path, invalidItem, invalidItems, valid, wrap, maxItems, notTheTopLevel, keys, null);
    }

    /**
     * Either every item invalid (perhaps with body mutations on top), or valid items with one or two
     * body mutations: another top level, a repeated key, ..., or one item more than the endpoint takes.
     */
    private static Arbitrary<InvalidRequest> batch(WriteEndpoint endpoint, String path, Arbitrary<Item> invalidItem,
                                                   Arbitrary<List<Item>> invalidItems, Supplier<ObjectNode> valid,
                                                   Function<ArrayNode, JsonNode> wrap, int maxItems,
                                                   List<String> notTheTopLevel, List<String> keys,
                                                   Arbitrary<Edit<JsonDraft>> batchFieldMutations) {
        Edit<JsonDraft> oversize = new Edit<>("one item more than " + maxItems, d -> {
            ArrayNode items = JSON.arrayNode();
            for (int i = 0; i <= maxItems; i++) {
                items.add(valid.get());
            }
            d.tree = wrap.apply(items);
        });
        List<Tuple.Tuple2<Integer, Arbitrary<Edit<JsonDraft>>>> bodyChoices = new ArrayList<>(List.of(
                Tuple.of(10, RequestMutations.json(notTheTopLevel, keys)), Tuple.of(1, Arbitraries.just(oversize))));
        if (batchFieldMutations != null) {
            bodyChoices.add(Tuple.of(4, batchFieldMutations));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<Edit<JsonDraft>> bodyMutation = Arbitraries.frequencyOf(bodyChoices.toArray(new Tuple.Tuple2[0]));
        Arbitrary<List<Item>> validItems = Arbitraries.integers().between(1, 3).map(n -> {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(new Item(valid.get(), null));
            }
            return items;
        });
        Arbitrary<Tuple.Tuple2<List<Item>, List<Edit<JsonDraft>>>> allItemsInvalid = Combinators.combine(invalidItems,
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<Edit<JsonDraft>>of())),
                        Tuple.of(1, bodyMutation.list().ofMinSize(1).ofMaxSize(2)))).as(Tuple::of);
        Arbitrary<Tuple.Tuple2<List<Item>, List<Edit<JsonDraft>>>> bodyInvalid = Combinators.combine(validItems,
                bodyMutation.list().ofMinSize(1).ofMaxSize(2)).as(Tuple::of);
        return Arbitraries.frequencyOf(Tuple.of(3, allItemsInvalid), Tuple.of(2, bodyInvalid)).map(t -> {
            ArrayNode items = JSON.arrayNode();
            JsonDraft draft = new JsonDraft(null);
            for (Item item : t.get1()) {
                items.add(item.node());
                draft.mutations.add(item.description() == null ? "valid item" : "item: " + item.description());
            }
            draft.tree = wrap.apply(items);
            t.get2().forEach(e -> {
                e.applyTo(draft);
                draft.mutations.add(e.description());
            });
            return draft.render(endpoint, path);
        });
    }

    /** One item of a batch and what made it invalid (null: a valid item). */
    record Item(JsonNode node, String description) {

        static Item of(ObjectNode valid, List<Edit<ObjectNode>> edits) {
            edits.forEach(e -> e.applyTo(valid));
            return new Item(valid, edits.toString());
        }

        static Item notAnObject(String json) {
            try {
                return new Item(JsonDraft.mapper().readTree(json), "not an object: " + json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Course field mutations applied to the course inside a CRM event. */
    private static Arbitrary<Edit<ObjectNode>> courseMutationsInside(String member) {
        List<Field> crmCourse = new ArrayList<>(COURSE);
        // In a CRM event the course id is required: it names the course the change is about.
        crmCourse.set(0, required("courseId", ID));
        return Arbitraries.oneOf(FieldMutations.ofAny(crmCourse).map(e -> inside(member, e)), notAnObject(member));
    }

    private static Edit<ObjectNode> inside(String member, Edit<ObjectNode> edit) {
        return new Edit<>(member + "." + edit.description(), o -> {
            // A member that is no object any more (an earlier mutation) is invalid already.
            if (o.get(member) instanceof ObjectNode inner) {
                edit.applyTo(inner);
            }
        });
    }

    private static Arbitrary<Edit<ObjectNode>> notAnObject(String member) {
        return Arbitraries.of("missing", "null", "42", "\"text\"", "[]").map(v -> new Edit<>(member + ": " + v, o -> {
            switch (v) {
                case "missing" -> o.remove(member);
                case "null" -> o.set(member, NullNode.getInstance());
                case "42" -> o.set(member, IntNode.valueOf(42));
                case "\"text\"" -> o.set(member, TextNode.valueOf("text"));
                default -> o.set(member, JSON.arrayNode());
            }
        }));
    }

    private static Arbitrary<Edit<ObjectNode>> relation(String description, java.util.function.Consumer<ObjectNode> change) {
        return Arbitraries.just(new Edit<>(description, change));
    }

    /** Puts a treated company into the control group; treated lists already broken stay as they are. */
    private static void controlAlsoTreated(ObjectNode cohort) {
        JsonNode treated = cohort.path("treated");
        if (!treated.isArray() || treated.isEmpty()) {
            return;
        }
        ArrayNode control = cohort.get("control") instanceof ArrayNode list ? list : cohort.putArray("control");
        control.add(treated.get(0).deepCopy());
    }

    private static Arbitrary<Edit<ObjectNode>> surveyResponseMutations() {
        return Arbitraries.oneOf(FieldMutations.ofAny(SURVEY_RESPONSE),
                // Each relation sets both of its fields, so that a later one cannot repair an earlier one.
                relation("answeredOn: two years after surveyYear", o -> o.put("surveyYear", 2023).put("answeredOn", "2025-03-01")),
                relation("surveyYear: after answeredOn", o -> o.put("surveyYear", 2024).put("answeredOn", "2023-05-02")),
                relation("usedReferral: given although receivedReferral is false", o -> o.put("receivedReferral", false)));
    }

    static ObjectNode validCourse() {
        ObjectNode course = object("courseId", FreshIds.id("pb-course")).put("house", "nordjylland")
                .put("cvr", FreshIds.cvr()).put("companyName", "Ejendomsservice Nord ApS").put("municipalityCode", "851")
                .put("category", "GROWTH").put("startedOn", COURSE_STARTED_ON).put("advisor", "Mette Jensen")
                .put("sustainabilityWheelUsed", false).put("enrolledInEvaluation", true).put("origin", "DIRECT");
        course.putArray("themes").add("INNOVATION");
        return course;
    }

    private static ObjectNode crmStarted() {
        ObjectNode event = object("crmEventId", FreshIds.id("pb-crm")).put("type", "COURSE_STARTED")
                .put("occurredAt", "2023-03-01T09:00:00Z");
        event.set("course", validCourse());
        return event;
    }

    private ObjectNode crmChange(String type, String field, String value) {
        ObjectNode event = object("crmEventId", FreshIds.id("pb-crm")).put("type", type).put("occurredAt", "2023-07-01T09:00:00Z");
        event.set("course", object("courseId", course).put(field, value));
        return event;
    }

    private static ObjectNode surveyResponse() {
        return object("responseId", FreshIds.id("PB-R")).put("house", "nordjylland").put("cvr", FreshIds.cvr())
                .put("surveyYear", 2023).put("segment", "GROWTH").put("answeredOn", "2023-05-02")
                .put("competenceSatisfaction", "SATISFIED").put("recommendScore", 8).put("expectedEffect", "HIGH")
                .put("receivedDigitalGuidance", true).put("receivedReferral", true).put("usedReferral", "YES");
    }

    private static ObjectNode awarenessSurvey() {
        return object("surveyId", FreshIds.id("PB-KM")).put("house", "nordjylland").put("year", 2023)
                .put("respondents", 1000).put("awareOfHouse", 520).put("awareOfGreenServices", 390)
                .put("conductedOn", "2023-11-20");
    }

    private static ObjectNode validReferral() {
        return object("referralId", FreshIds.id("PB-REF")).put("house", "nordjylland").put("cvr", FreshIds.cvr())
                .put("referredOn", REFERRED_ON).put("direction", "OUTBOUND").put("counterpartType", "PRIVATE_ADVISOR")
                .put("counterpartName", "Revisor Hansen ApS").put("municipalityCode", "851");
    }

    private static ObjectNode figures() {
        return object("cvr", FreshIds.cvr()).put("year", 2023).put("revenueDkk", 1_250_000).put("fte", 12.5);
    }

    private static ObjectNode cohort() {
        ObjectNode cohort = object("cohortId", FreshIds.id("PB-COH")).put("house", "nordjylland").put("cohortYear", 2021)
                .put("segment", "GROWTH");
        cohort.putArray("treated").add(FreshIds.cvr()).add(FreshIds.cvr());
        cohort.putArray("control").add(FreshIds.cvr()).add(FreshIds.cvr());
        return cohort;
    }

    static ObjectNode object(String field, String value) {
        return JSON.objectNode().put(field, value);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
