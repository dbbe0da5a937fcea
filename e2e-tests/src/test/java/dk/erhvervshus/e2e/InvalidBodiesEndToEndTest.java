package dk.erhvervshus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dk.erhvervshus.e2e.GoalsApi.actual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The issue: "A property-based test per write endpoint that generates at least 1,000 invalid bodies
 * per run and asserts 4xx, problem+json and nothing stored". Every write endpoint of guidance- and
 * survey-service gets {@value TriesFromSystemProperty#DEFAULT_TRIES} requests ({@code
 * -Dinvalid-bodies.tries=N} for more; bench/invalid-bodies runs 10,000) that are invalid by
 * construction ({@link InvalidBodies}), each sent with the token its usual caller holds. Each answer
 * must be a 4xx {@code application/problem+json} with a {@code type}, or, for a batch whose body
 * could be read, a 200 that rejects every item; a 5xx fails. Nothing may be stored: the events and
 * outbox rows of both write databases are counted around each property, and the goals of
 * Nordjylland 2023 are compared after the whole run. One running system serves all properties;
 * the answers are counted by status and printed (and written to target/invalid-bodies.txt).
 */
@AddLifecycleHook(TriesFromSystemProperty.class)
class InvalidBodiesEndToEndTest {

    private static final String AS_OF = "2023-12-31";
    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final StatusTally TALLY = new StatusTally();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static RunningSystem system;
    private static InvalidBodies bodies;
    private static List<Map<String, Object>> goalsBefore;
    private StoredRows storedBefore;

    @BeforeContainer
    static void startTheSystemWithACourseAndAReferral() {
        long started = System.nanoTime();
        system = RunningSystem.start();
        String course = "e2e-pb-target";
        String referral = "E2E-PB-REFERRAL";
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(InvalidBodies.validCourse().put("courseId", course).toString())
                .post("/api/v1/guidance-courses").then().statusCode(201);
        system.as(Caller.SURVEY_FEED, system.survey).contentType(ContentType.JSON)
                .body(Map.of("referralId", referral, "house", "nordjylland", "cvr", FreshIds.cvr(),
                        "referredOn", InvalidBodies.REFERRED_ON, "direction", "OUTBOUND",
                        "counterpartType", "PRIVATE_ADVISOR", "counterpartName", "Revisor Hansen ApS"))
                .post("/api/v1/referrals").then().statusCode(201);
        bodies = new InvalidBodies(course, referral);
        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(actual(GoalsApi.goals(system, AS_OF), "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("1"));
        goalsBefore = GoalsApi.goals(system, AS_OF).getList("goals");
        System.out.printf("invalid bodies: system up with a course and a referral in %.1f s; %d tries per endpoint%n",
                (System.nanoTime() - started) / 1e9, TriesFromSystemProperty.tries());
    }

    @AfterContainer
    static void compareTheGoalsAndStopTheSystem() {
        try {
            String table = TALLY.table();
            System.out.println("invalid bodies, answers by status:");
            System.out.print(table);
            TALLY.writeTo(Path.of("target", "invalid-bodies.txt"));
            if (system != null && goalsBefore != null) {
                await().pollDelay(Duration.ofSeconds(3)).atMost(PROPAGATION).untilAsserted(() ->
                        assertThat(GoalsApi.goals(system, AS_OF).<Map<String, Object>>getList("goals")).isEqualTo(goalsBefore));
            }
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    @BeforeProperty
    void countWhatIsStored() {
        storedBefore = StoredRows.of(system);
    }

    @AfterProperty
    void nothingWasStored() {
        assertThat(StoredRows.of(system)).as("events and outbox rows of guidance and survey").isEqualTo(storedBefore);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void registering_a_course_refuses_every_invalid_body(@ForAll("registerCourse") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void completing_a_course_refuses_every_invalid_body(@ForAll("completeCourse") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void retracting_a_course_refuses_every_invalid_body(@ForAll("retractCourse") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void a_crm_batch_refuses_every_invalid_body_and_rejects_every_invalid_event(@ForAll("crmBatch") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void reporting_an_activity_refuses_every_invalid_body(@ForAll("reportActivity") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void a_survey_response_refuses_every_invalid_body(@ForAll("surveyResponse") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void a_survey_response_batch_refuses_every_invalid_body_and_rejects_every_invalid_item(
            @ForAll("surveyResponseBatch") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void the_csv_import_refuses_every_unreadable_file_and_rejects_every_invalid_row(@ForAll("csvImport") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void an_awareness_survey_refuses_every_invalid_body(@ForAll("awarenessSurvey") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void a_referral_refuses_every_invalid_body(@ForAll("referral") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void a_referral_outcome_refuses_every_invalid_body(@ForAll("referralOutcome") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void company_figures_refuse_every_invalid_body_and_reject_every_invalid_item(@ForAll("companyFigures") InvalidRequest request) {
        assertRefused(request);
    }

    @Property(generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.BOUNDED)
    void an_effect_cohort_refuses_every_invalid_body(@ForAll("effectCohort") InvalidRequest request) {
        assertRefused(request);
    }

    @Provide
    Arbitrary<InvalidRequest> registerCourse() {
        return bodies.of(WriteEndpoint.REGISTER_COURSE);
    }

    @Provide
    Arbitrary<InvalidRequest> completeCourse() {
        return bodies.of(WriteEndpoint.COMPLETE_COURSE);
    }

    @Provide
    Arbitrary<InvalidRequest> retractCourse() {
        return bodies.of(WriteEndpoint.RETRACT_COURSE);
    }

    @Provide
    Arbitrary<InvalidRequest> crmBatch() {
        return bodies.of(WriteEndpoint.CRM_BATCH);
    }

    @Provide
    Arbitrary<InvalidRequest> reportActivity() {
        return bodies.of(WriteEndpoint.REPORT_ACTIVITY);
    }

    @Provide
    Arbitrary<InvalidRequest> surveyResponse() {
        return bodies.of(WriteEndpoint.SURVEY_RESPONSE);
    }

    @Provide
    Arbitrary<InvalidRequest> surveyResponseBatch() {
        return bodies.of(WriteEndpoint.SURVEY_RESPONSE_BATCH);
    }

    @Provide
    Arbitrary<InvalidRequest> csvImport() {
        return bodies.of(WriteEndpoint.SURVEY_CSV_IMPORT);
    }

    @Provide
    Arbitrary<InvalidRequest> awarenessSurvey() {
        return bodies.of(WriteEndpoint.AWARENESS_SURVEY);
    }

    @Provide
    Arbitrary<InvalidRequest> referral() {
        return bodies.of(WriteEndpoint.REFERRAL);
    }

    @Provide
    Arbitrary<InvalidRequest> referralOutcome() {
        return bodies.of(WriteEndpoint.REFERRAL_OUTCOME);
    }

    @Provide
    Arbitrary<InvalidRequest> companyFigures() {
        return bodies.of(WriteEndpoint.COMPANY_FIGURES);
    }

    @Provide
    Arbitrary<InvalidRequest> effectCohort() {
        return bodies.of(WriteEndpoint.EFFECT_COHORT);
    }

    /** A 4xx problem with a type, or a 200 of a batch endpoint that rejected every item; never stored. */
    private static void assertRefused(InvalidRequest request) {
        WriteEndpoint endpoint = request.endpoint();
        long started = System.nanoTime();
        RawHttp.Answer answer = send(request);
        TALLY.took(endpoint, System.nanoTime() - started);
        int status = answer.status();
        TALLY.count(endpoint, status);
        String shown = status + " " + abbreviate(answer.body());
        if (status == 200 && endpoint.refusal != WriteEndpoint.Refusal.WHOLE_REQUEST) {
            assertThat(everyItemRejected(endpoint.refusal, json(answer.body()))).as("every item rejected: " + shown).isTrue();
            return;
        }
        assertThat(status).as("a 4xx: " + shown).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).as("problem+json: " + shown)
                .startsWith("application/problem+json");
        assertThat(json(answer.body()).path("type").asText("")).as("a problem type: " + shown).isNotBlank();
    }

    private static boolean everyItemRejected(WriteEndpoint.Refusal refusal, JsonNode answer) {
        return switch (refusal) {
            case CRM_ITEMS -> answer.path("results").size() > 0 && allRejected(answer.path("results"));
            case SURVEY_ITEMS -> answer.has("summary") && answer.path("summary").path("accepted").asInt(-1) == 0
                    && answer.path("summary").path("duplicates").asInt(-1) == 0 && allRejected(answer.path("results"));
            case FIGURES_ITEMS -> answer.path("summary").path("accepted").asInt(-1) == 0
                    && answer.path("summary").path("unchanged").asInt(-1) == 0 && allRejected(answer.path("results"));
            case CSV_ROWS -> answer.path("summary").path("accepted").asInt(-1) == 0
                    && answer.path("summary").path("duplicates").asInt(-1) == 0
                    && answer.path("summary").path("rowsRead").asInt(-1) > 0;
            case WHOLE_REQUEST -> false;
        };
    }

    private static boolean allRejected(JsonNode results) {
        for (JsonNode result : results) {
            if (!"rejected".equals(result.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    /** Status, headers and body of the answer, whichever way the request had to be sent. */
    private static RawHttp.Answer send(InvalidRequest request) {
        String base = request.endpoint().caller == Caller.SURVEY_FEED ? system.survey.baseUrl() : system.guidance.baseUrl();
        URI uri = URI.create(base + request.path());
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + system.token(request.endpoint().caller));
        headers.put("Accept", "application/json, application/problem+json");
        if (request.contentType() != null) {
            headers.put("Content-Type", request.contentType());
        }
        try {
            if (request.announcedLength() > 0) {
                return RawHttp.send(request.endpoint().method(), uri, headers, request.body(), request.announcedLength());
            }
            HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .method(request.endpoint().method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
            headers.forEach(http::header);
            HttpResponse<String> answer = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
            return new RawHttp.Answer(answer.statusCode(),
                    Map.of("content-type", answer.headers().firstValue("Content-Type").orElse("")), answer.body());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JsonDraft.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + abbreviate(body), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
