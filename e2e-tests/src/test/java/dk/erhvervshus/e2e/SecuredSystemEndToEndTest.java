package dk.erhvervshus.e2e;

import dk.erhvervshus.stack.KafkaAccess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dk.erhvervshus.e2e.GoalsApi.actual;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The secured system as an outsider meets it. Over HTTP: a caller without a token, and a caller
 * whose token is for another house, are refused by each service before anything is stored (the
 * full matrix of roles and houses is each service's own AccessMatrixIT). On the broker: the issue's
 * scenario — "a forged guidance.course-started.v1 produced by hand raised G11-UNIQUE-COMPANIES from
 * 2950 to 2951 although guidance-service had never seen the course" — cannot happen any more,
 * because only guidance-service's Kafka user may write guidance-events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredSystemEndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final Duration FORGER_TIMEOUT = Duration.ofSeconds(20);
    private static final String ANOTHER_HOUSE = "midtjylland";
    /** A fixed date, so that the goals answers compared below do not move with the clock. */
    private static final String AS_OF = "2023-12-31";
    private static final int BASELINE_COMPANIES = 3;

    private static RunningSystem system;
    private static List<Map<String, Object>> goalsBeforeForgery;

    @BeforeAll
    static void startTheSystemWithSomeCourses() {
        system = RunningSystem.start();
        for (int i = 0; i < BASELINE_COMPANIES; i++) {
            register("e2e-secured-" + i, Cvrs.nth(2000 + i));
        }
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void a_producer_without_credentials_cannot_write_guidance_events() {
        goalsBeforeForgery = awaitBaselineGoals();
        Map<TopicPartition, Long> offsetsBefore = guidanceEventsEndOffsets();

        Properties anonymous = producerProperties(Map.of("bootstrap.servers", system.broker.bootstrapServers()));
        assertThat(failureOfForgedSend(anonymous)).isInstanceOf(TimeoutException.class);

        Map<String, String> wrongPassword = new HashMap<>(system.broker.clientProperties(KafkaAccess.GUIDANCE_SERVICE));
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"guidance-service\" password=\"guessed\";");
        assertThat(failureOfForgedSend(producerProperties(wrongPassword))).isInstanceOf(SaslAuthenticationException.class);

        assertThat(guidanceEventsEndOffsets()).isEqualTo(offsetsBefore);
    }

    @Test
    @Order(2)
    void the_other_services_kafka_users_are_not_authorised_to_write_guidance_events() {
        Map<TopicPartition, Long> offsetsBefore = guidanceEventsEndOffsets();

        Properties asSurveyService = producerProperties(system.broker.clientProperties(KafkaAccess.SURVEY_SERVICE));
        assertThat(failureOfForgedSend(asSurveyService)).isInstanceOf(TopicAuthorizationException.class);
        // reporting-service may write nowhere, so its idempotent producer is refused a producer id
        // (ClusterAuthorizationException) before the topic is even asked about: both are AuthorizationExceptions.
        Properties asReportingService = producerProperties(system.broker.clientProperties(KafkaAccess.REPORTING_SERVICE));
        assertThat(failureOfForgedSend(asReportingService)).isInstanceOf(AuthorizationException.class);
        Properties asReportingServiceNotIdempotent = producerProperties(system.broker.clientProperties(KafkaAccess.REPORTING_SERVICE));
        asReportingServiceNotIdempotent.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        assertThat(failureOfForgedSend(asReportingServiceNotIdempotent)).isInstanceOf(TopicAuthorizationException.class);

        assertThat(guidanceEventsEndOffsets()).isEqualTo(offsetsBefore);
    }

    @Test
    @Order(3)
    void the_forgeries_changed_no_goal_while_a_course_registered_through_guidance_service_counts() {
        // Nothing reached the topic (the offsets above); give a stray record time to be projected anyway.
        await().pollDelay(Duration.ofSeconds(3)).atMost(PROPAGATION).untilAsserted(() ->
                assertThat(goalsAsOf()).isEqualTo(goalsBeforeForgery));
        assertThat(actual(GoalsApi.goals(system, AS_OF), "G11-UNIQUE-COMPANIES"))
                .isEqualByComparingTo(String.valueOf(BASELINE_COMPANIES));

        register("e2e-secured-real", Cvrs.nth(2100));

        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(actual(GoalsApi.goals(system, AS_OF), "G11-UNIQUE-COMPANIES"))
                        .isEqualByComparingTo(String.valueOf(BASELINE_COMPANIES + 1)));
    }

    @Test
    @Order(4)
    void the_same_forged_record_would_have_counted_had_the_broker_let_it_through() throws Exception {
        // The control: written as the topic's one producer, the forgery is a well-formed event that
        // reporting-service counts. So the unchanged goals above are the broker's refusal, not a bad fake.
        Properties asGuidanceService = producerProperties(system.broker.clientProperties(KafkaAccess.producerOf(KafkaAccess.GUIDANCE_EVENTS)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(asGuidanceService, new StringSerializer(), new ByteArraySerializer())) {
            RecordMetadata written = producer.send(forgedCourseStarted()).get(FORGER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertThat(written.topic()).isEqualTo(KafkaAccess.GUIDANCE_EVENTS);
        }

        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(actual(GoalsApi.goals(system, AS_OF), "G11-UNIQUE-COMPANIES"))
                        .isEqualByComparingTo(String.valueOf(BASELINE_COMPANIES + 2)));
    }

    @Test
    @Order(5)
    void a_caller_without_a_token_is_refused_by_every_service_with_401_and_nothing_is_stored() {
        StoredRows before = StoredRows.of(system);
        for (Map.Entry<String, Supplier<Response>> call : oneCallPerService(null).entrySet()) {
            Response answer = call.getValue().get();

            assertThat(answer.statusCode()).as(call.getKey()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).as(call.getKey()).startsWith("Bearer");
            assertProblem(call.getKey(), answer, "unauthorized");
        }
        assertThat(StoredRows.of(system)).isEqualTo(before);
    }

    @Test
    @Order(6)
    void a_token_of_another_house_is_refused_by_every_service_with_403_and_nothing_is_stored() {
        Map<String, String> otherHouseTokens = Map.of(
                "guidance", system.tokens.token("crm-integration", ANOTHER_HOUSE),
                "survey", system.tokens.token("survey-feed", ANOTHER_HOUSE),
                "reporting", system.tokens.token("dashboard", ANOTHER_HOUSE));
        StoredRows before = StoredRows.of(system);
        for (Map.Entry<String, Supplier<Response>> call : oneCallPerService(otherHouseTokens).entrySet()) {
            Response answer = call.getValue().get();

            assertThat(answer.statusCode()).as(call.getKey()).isEqualTo(403);
            assertProblem(call.getKey(), answer, "forbidden");
            assertThat(answer.jsonPath().getString("detail")).as(call.getKey() + " names both houses")
                    .contains("nordjylland").contains(ANOTHER_HOUSE);
        }
        assertThat(StoredRows.of(system)).isEqualTo(before);
    }

    /** One write or read per service; with a null token map the requests carry no token at all. */
    private static Map<String, Supplier<Response>> oneCallPerService(Map<String, String> tokens) {
        Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
        calls.put("guidance", () -> request(system.guidance.baseUrl(), tokens == null ? null : tokens.get("guidance"))
                .contentType(ContentType.JSON).body(course("e2e-refused-" + UUID.randomUUID(), Cvrs.nth(2200)))
                .post("/api/v1/guidance-courses"));
        calls.put("survey", () -> request(system.survey.baseUrl(), tokens == null ? null : tokens.get("survey"))
                .contentType(ContentType.JSON).body(surveyResponse("E2E-REFUSED-" + UUID.randomUUID(), Cvrs.nth(2201)))
                .post("/api/v1/survey-responses"));
        calls.put("reporting", () -> request(system.reporting.baseUrl(), tokens == null ? null : tokens.get("reporting"))
                .get(GoalsApi.GOALS));
        return calls;
    }

    private static RequestSpecification request(String baseUrl, String token) {
        RequestSpecification request = given().baseUri(baseUrl);
        return token == null ? request : request.auth().oauth2(token);
    }

    private static void assertProblem(String service, Response answer, String type) {
        assertThat(answer.contentType()).as(service).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).as(service).isEqualTo("https://erhvervshus.dk/problems/" + type);
    }

    private static List<Map<String, Object>> awaitBaselineGoals() {
        await().atMost(PROPAGATION).untilAsserted(() ->
                assertThat(actual(GoalsApi.goals(system, AS_OF), "G11-UNIQUE-COMPANIES"))
                        .isEqualByComparingTo(String.valueOf(BASELINE_COMPANIES)));
        return goalsAsOf();
    }

    private static List<Map<String, Object>> goalsAsOf() {
        JsonPath goals = GoalsApi.goals(system, AS_OF);
        return goals.getList("goals");
    }

    /** Sends the forgery and returns why it failed; fails the test if the broker took it. */
    private static Throwable failureOfForgedSend(Properties properties) {
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            Future<RecordMetadata> sent = producer.send(forgedCourseStarted());
            RecordMetadata written = sent.get(FORGER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("the broker accepted a forged record at offset " + written.offset());
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (KafkaException e) {
            // send() itself may throw for a client that cannot even start (e.g. a refused login), or,
            // once a refused producer id has put the producer in an error state, a KafkaException
            // whose cause is the refusal: the refusal is what the tests are about.
            return innermostKafkaException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the forged send neither failed nor succeeded within " + FORGER_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FORGER_TIMEOUT.plusSeconds(10));
        }
    }

    private static Throwable innermostKafkaException(KafkaException thrown) {
        Throwable innermost = thrown;
        for (Throwable cause = thrown.getCause(); cause instanceof KafkaException; cause = cause.getCause()) {
            innermost = cause;
        }
        return innermost;
    }

    /** Short timeouts, so that a refused client fails within seconds instead of retrying for minutes. */
    private static Properties producerProperties(Map<String, String> connection) {
        Properties properties = new Properties();
        properties.putAll(connection);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return properties;
    }

    /**
     * contracts-api's golden sample of guidance.course-started.v1, as a forger would copy it, for a
     * company and course that guidance-service has never seen.
     */
    private static ProducerRecord<String, byte[]> forgedCourseStarted() {
        String courseId = "forged-course-1";
        String envelope = goldenSample("guidance.course-started.v1")
                .replace("course-7f1c", courseId)
                .replace("13585628", Cvrs.nth(2300))
                .replace("5d0c3c0e-8f4a-4a53-9d55-3f7c2a1e0b01", UUID.nameUUIDFromBytes(courseId.getBytes(StandardCharsets.UTF_8)).toString());
        return new ProducerRecord<>(KafkaAccess.GUIDANCE_EVENTS, courseId, envelope.getBytes(StandardCharsets.UTF_8));
    }

    private static String goldenSample(String wireType) {
        Path repo = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        try {
            return Files.readString(repo.resolve("contracts-api/src/main/resources/contracts/samples/" + wireType + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read as the admin, who may see every topic. */
    private static Map<TopicPartition, Long> guidanceEventsEndOffsets() {
        Properties admin = new Properties();
        admin.putAll(system.broker.adminProperties());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(admin,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaAccess.GUIDANCE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
            return consumer.endOffsets(partitions);
        }
    }

    private static void register(String courseId, String cvr) {
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(course(courseId, cvr)).post("/api/v1/guidance-courses")
                .then().statusCode(201);
    }

    private static Map<String, Object> course(String courseId, String cvr) {
        return Map.ofEntries(
                Map.entry("courseId", courseId), Map.entry("house", "nordjylland"), Map.entry("cvr", cvr),
                Map.entry("companyName", "E2E " + courseId + " ApS"), Map.entry("municipalityCode", "851"),
                Map.entry("category", "GROWTH"), Map.entry("themes", List.of("INNOVATION")),
                Map.entry("startedOn", "2023-03-01"), Map.entry("sustainabilityWheelUsed", false),
                Map.entry("enrolledInEvaluation", true), Map.entry("origin", "DIRECT"));
    }

    private static Map<String, Object> surveyResponse(String responseId, String cvr) {
        return Map.of("responseId", responseId, "house", "nordjylland", "cvr", cvr, "surveyYear", 2023,
                "segment", "GROWTH", "answeredOn", "2023-05-02", "competenceSatisfaction", "SATISFIED");
    }
}
