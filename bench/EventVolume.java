import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.Topics;
import dk.erhvervshus.contracts.WireTypes;
import dk.erhvervshus.contracts.activity.GoalActivityEvent;
import dk.erhvervshus.contracts.activity.GoalActivityStatusChanged;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.CourseOrigin;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.contracts.guidance.GuidanceCourseCompleted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseRetracted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseStarted;
import dk.erhvervshus.contracts.guidance.GuidanceCourseUpdated;
import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.AwarenessSurveyRecorded;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;
import dk.erhvervshus.contracts.survey.EffectCohortDefined;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseRecorded;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;

/**
 * A large, realistic event history put straight onto {@code guidance-events} and {@code
 * survey-events} as the outbox relays would have published it: the envelope of {@link EventCodec},
 * the aggregate id as key, versions 1..n per stream in order, and increasing positions per producing
 * service. Deterministic from its seed: the same arguments publish the same records.
 *
 * <p>Per house and year: guidance courses (started, some updated, most completed, a few retracted),
 * the catalogue's goal activities (planned, in progress, done), user-evaluation answers of the
 * courses' companies, two awareness surveys, referrals with their outcomes, register figures of the
 * companies for the year and two years before, and a growth and an operation effect cohort. Events
 * of a year are published in the order they happened, all houses interleaved, so a batch holds
 * many unrelated streams, as a real log does. About 3.2 events per course; the number of courses
 * is chosen so that the total comes close to {@code totalEvents} (the exact count is returned).
 *
 * <p>Used by {@code bench/rebuild} and meant for any bench that needs a big history; call
 * {@link #publish} with a producer's connection settings for each topic (bootstrap servers and the
 * SASL keys: {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}), as the
 * broker's ACLs let only guidance-service write {@code guidance-events} and only survey-service
 * {@code survey-events}.
 */
public final class EventVolume {

    /** What was published: records per topic and per wire type, and how long it took. */
    public record Published(long guidanceEvents, long surveyEvents, Map<String, Long> byType, double seconds) {
        public long total() {
            return guidanceEvents + surveyEvents;
        }
    }

    /** Every Erhvervshus, as reference-data lists them. */
    public static final List<String> HOUSES = List.of("nordjylland", "midtjylland", "sydjylland", "fyn", "sjaelland",
            "hovedstaden");
    public static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024, 2025);

    /** What one course brings along on average (its own events, answers, referrals, figures), measured on the mix below. */
    private static final double EVENTS_PER_COURSE = 3.15;
    private static final Map<String, List<String>> MUNICIPALITIES = Map.of(
            "nordjylland", List.of("773", "787", "810", "813", "820", "825", "840", "846", "849", "851", "860"),
            "midtjylland", List.of("751", "657", "791", "615", "661", "756"),
            "sydjylland", List.of("561", "621", "540", "630", "550", "580"),
            "fyn", List.of("461", "479", "420", "410", "430", "450"),
            "sjaelland", List.of("259", "330", "370", "326", "316", "350"),
            "hovedstaden", List.of("101", "147", "173", "157", "169", "185"));
    private static final List<String> ACTIVITIES = List.of("G5-A1", "G8-A1", "G8-A2", "G8-A3", "G9-A1", "G9-A2", "G9-A3",
            "G9-A4", "G9-A5", "G10-A1", "G10-A2", "G10-A3", "G10-A4");
    private static final String[] COMPANY_WORDS = {"Nord", "Fjord", "Lime", "Havn", "Skov", "Klit", "Vind", "Sol", "Eng",
            "Bakke", "Kyst", "Mølle", "Smedje", "Bryg", "Træ", "Strand"};
    private static final String[] COMPANY_FORMS = {"ApS", "A/S", "I/S", "IVS"};
    private static final String[] COUNTERPARTS = {"Innovationsfonden", "Vækstfonden", "Aalborg Universitet",
            "Erhvervsrådet", "Klynge for Grøn Energi", "Revisor Hansen", "Eksportrådet"};

    private EventVolume() {
    }

    /** Publishes with the stack's own users: guidance-service for guidance-events, survey-service for survey-events. */
    public static Published publish(dk.erhvervshus.stack.KafkaBroker broker, List<String> houses, List<Integer> years,
                                    long totalEvents, long seed) {
        return publish(broker.bootstrapServers(), broker.clientProperties("guidance-service"),
                broker.clientProperties("survey-service"), houses, years, totalEvents, seed);
    }

    /**
     * @param guidanceClient connection settings of guidance-events' producer (SASL keys; bootstrap.servers may be omitted)
     * @param surveyClient   the same for survey-events
     */
    public static Published publish(String bootstrap, Map<String, String> guidanceClient, Map<String, String> surveyClient,
                                    List<String> houses, List<Integer> years, long totalEvents, long seed) {
        long started = System.nanoTime();
        int coursesPerHouseYear = (int) Math.max(1, Math.round(totalEvents / EVENTS_PER_COURSE / (houses.size() * years.size())));
        Map<String, Long> byType = new TreeMap<>();
        long[] counts = new long[2];
        try (KafkaProducer<String, byte[]> guidance = producer(bootstrap, guidanceClient, "event-volume-guidance");
             KafkaProducer<String, byte[]> survey = producer(bootstrap, surveyClient, "event-volume-survey")) {
            Positions positions = new Positions();
            Future<?> last = null;
            for (int year : years) {
                List<Planned> events = new ArrayList<>();
                for (int h = 0; h < houses.size(); h++) {
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + year * 31L + h);
                    new HouseYear(houses.get(h), year, coursesPerHouseYear, random, events).generate();
                }
                // The order things happened in; a stream's events are planned in version order at increasing times.
                events.sort(Comparator.comparing(Planned::occurredAt).thenComparingLong(Planned::version));
                SplittableRandom ids = new SplittableRandom(seed ^ year);
                for (Planned planned : events) {
                    boolean isGuidance = planned.topic().equals(Topics.GUIDANCE_EVENTS);
                    EventEnvelope envelope = planned.envelope(ids, positions.next(isGuidance));
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(planned.topic(), planned.stream(),
                            EventCodec.toBytes(envelope));
                    last = (isGuidance ? guidance : survey).send(record);
                    counts[isGuidance ? 0 : 1]++;
                    byType.merge(envelope.type(), 1L, Long::sum);
                }
            }
            guidance.flush();
            survey.flush();
            if (last != null) {
                last.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("publishing the event volume failed: " + e.getMessage(), e);
        }
        return new Published(counts[0], counts[1], byType, (System.nanoTime() - started) / 1e9);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap, Map<String, String> client, String clientId) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // What the relay guarantees (acks=all, idempotence), but lingering: a bulk load, not a latency path.
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Each producing service numbers its events in its own event store. */
    private static final class Positions {
        private long guidance;
        private long survey;

        long next(boolean isGuidance) {
            return isGuidance ? ++guidance : ++survey;
        }
    }

    /** One event, planned before it is numbered: its topic, stream and version, when it happened. */
    private record Planned(String topic, String stream, long version, Instant occurredAt, String house, String source,
                           String correlationId, String recordedBy, DomainEvent payload) {

        EventEnvelope envelope(SplittableRandom ids, long position) {
            UUID eventId = new UUID((ids.nextLong() & ~0xF000L) | 0x4000L, (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
            Instant recordedAt = occurredAt.plusMillis(250 + (position % 1750));
            return new EventEnvelope(eventId, WireTypes.wireNameOf(payload.getClass()), stream, version, position,
                    occurredAt, recordedAt, source, house, correlationId, recordedBy, payload);
        }
    }

    /** The history of one house in one contract year. */
    private static final class HouseYear {
        private final String house;
        private final int year;
        private final int courses;
        private final SplittableRandom random;
        private final List<Planned> out;
        private final List<String> municipalities;
        private final Map<String, Segment> companies = new LinkedHashMap<>();
        private final Map<String, Long> streamVersions = new HashMap<>();

        HouseYear(String house, int year, int courses, SplittableRandom random, List<Planned> out) {
            this.house = house;
            this.year = year;
            this.courses = courses;
            this.random = random;
            this.out = out;
            this.municipalities = MUNICIPALITIES.getOrDefault(house, MUNICIPALITIES.get("nordjylland"));
        }

        void generate() {
            for (int i = 0; i < courses; i++) {
                course(i);
            }
            activities();
            awarenessSurveys();
            int referrals = (int) (courses * 0.3);
            for (int i = 0; i < referrals; i++) {
                referral(i);
            }
            figuresAndCohorts();
        }

        private void course(int n) {
            String courseId = "vol-" + house + "-" + year + "-" + n;
            String cvr = cvr();
            GuidanceCategory category = pick(GuidanceCategory.values());
            companies.putIfAbsent(cvr, category == GuidanceCategory.OPERATION ? Segment.OPERATION : Segment.GROWTH);
            LocalDate startedOn = day(0, 300);
            String crm = "crm-" + house;
            String batch = "crm-batch-" + year + "-" + (n / 100);
            guidance(courseId, at(startedOn), crm, batch, new GuidanceCourseStarted(courseId, house, cvr, companyName(),
                    pick(municipalities), category, themes(), startedOn, "advisor-" + random.nextInt(40),
                    random.nextInt(100) < 35, random.nextInt(100) < 70, pick(CourseOrigin.values())));
            LocalDate last = startedOn;
            if (random.nextInt(100) < 10) {
                last = last.plusDays(1 + random.nextInt(30));
                guidance(courseId, at(last), crm, batch, new GuidanceCourseUpdated(courseId, null, pick(municipalities), null,
                        null, null, null, random.nextBoolean(), null, null));
            }
            int fate = random.nextInt(100);
            if (fate < 60) {
                last = last.plusDays(1 + random.nextInt(60));
                guidance(courseId, at(last), crm, batch, new GuidanceCourseCompleted(courseId, last));
                if (random.nextInt(100) < 80) {
                    surveyResponse(courseId, cvr, category, last);
                }
            } else if (fate < 65) {
                guidance(courseId, at(last.plusDays(1 + random.nextInt(20))), crm, batch,
                        new GuidanceCourseRetracted(courseId, "registreret to gange"));
            }
        }

        private void surveyResponse(String courseId, String cvr, GuidanceCategory category, LocalDate completedOn) {
            String responseId = "ES-" + courseId;
            LocalDate answeredOn = completedOn.plusDays(7 + random.nextInt(30));
            boolean referred = random.nextInt(100) < 30;
            survey(SurveyResponseEvent.aggregateId(house, responseId), house, at(answeredOn), "es-feed-" + year,
                    new SurveyResponseRecorded(responseId, house, cvr, year,
                            category == GuidanceCategory.OPERATION ? Segment.OPERATION : Segment.GROWTH, answeredOn,
                            weighted(CompetenceSatisfaction.values(), 35, 40, 15, 7, 3), random.nextInt(100) < 90 ? 5 + random.nextInt(6) : null,
                            weighted(ExpectedEffect.values(), 25, 40, 25, 10), random.nextBoolean(), referred,
                            referred ? weighted(ReferralUse.values(), 60, 25, 15) : null));
        }

        private void activities() {
            for (String activity : ACTIVITIES) {
                String stream = GoalActivityEvent.aggregateId(house, year, activity);
                LocalDate on = day(0, 60);
                for (ActivityStatus status : ActivityStatus.values()) {
                    if (status == ActivityStatus.DONE && random.nextInt(100) < 25) {
                        break;
                    }
                    guidance(stream, at(on), "staff-" + house, null,
                            new GoalActivityStatusChanged(house, year, activity, status, "status " + status.name().toLowerCase(), on));
                    on = on.plusDays(20 + random.nextInt(90));
                    if (on.getYear() != year) {
                        break;
                    }
                }
            }
        }

        private void awarenessSurveys() {
            for (int i = 1; i <= 2; i++) {
                String surveyId = "awareness-" + year + "-" + i;
                int respondents = 800 + random.nextInt(700);
                LocalDate on = LocalDate.of(year, 3 + (i - 1) * 6, 10 + random.nextInt(10));
                survey(AwarenessSurveyEvent.aggregateId(house, surveyId), house, at(on), "es-awareness-" + year,
                        new AwarenessSurveyRecorded(surveyId, house, year, respondents, respondents * (20 + random.nextInt(30)) / 100,
                                respondents * (5 + random.nextInt(20)) / 100, on));
            }
        }

        private void referral(int n) {
            String referralId = "ref-" + year + "-" + n;
            String stream = ReferralEvent.aggregateId(house, referralId);
            LocalDate on = day(0, 330);
            boolean outbound = random.nextInt(100) < 75;
            survey(stream, house, at(on), "referrals-" + year, new ReferralMade(referralId, house, anyCompany(), on,
                    outbound ? ReferralDirection.OUTBOUND : ReferralDirection.INBOUND,
                    outbound ? pick(CounterpartType.values()) : CounterpartType.LOCAL_BUSINESS_OFFICE, pick(COUNTERPARTS),
                    pick(municipalities)));
            if (random.nextInt(100) < 80) {
                LocalDate reported = on.plusDays(30 + random.nextInt(120));
                survey(stream, house, at(reported), "referrals-" + year, new ReferralOutcomeReported(referralId,
                        random.nextInt(100) < 55, reported));
            }
        }

        /** Revenue and FTE of the year and two years before (what the effect goals compare), then the cohorts. */
        private void figuresAndCohorts() {
            List<String> growth = new ArrayList<>();
            List<String> operation = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Segment> company : companies.entrySet()) {
                if (i++ % 5 != 0) {
                    continue;
                }
                String cvr = company.getKey();
                (company.getValue() == Segment.GROWTH ? growth : operation).add(cvr);
                double revenue = 2_000_000 + random.nextInt(40_000_000);
                double fte = 2 + random.nextInt(80);
                for (int figureYear : new int[] {year - 2, year}) {
                    double growthFactor = figureYear == year ? 0.95 + random.nextDouble() * 0.3 : 1;
                    LocalDate on = LocalDate.of(year, 11, 1).plusDays(random.nextInt(25));
                    survey(CompanyFiguresEvent.aggregateId(cvr, figureYear), CompanyFiguresEvent.NATIONAL, at(on),
                            "register-" + year, new CompanyFiguresReported(cvr, figureYear,
                                    BigDecimal.valueOf(revenue * growthFactor).setScale(0, RoundingMode.HALF_UP),
                                    BigDecimal.valueOf(fte * growthFactor).setScale(1, RoundingMode.HALF_UP)));
                }
            }
            cohort("growth-" + (year - 2), Segment.GROWTH, growth);
            cohort("operation-" + (year - 2), Segment.OPERATION, operation);
        }

        private void cohort(String cohortId, Segment segment, List<String> treated) {
            List<String> listed = treated.subList(0, Math.min(treated.size(), 400));
            List<String> control = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                control.add(cvr());
            }
            LocalDate on = LocalDate.of(year, 12, 1 + random.nextInt(20));
            survey(EffectCohortEvent.aggregateId(house, cohortId), house, at(on), "register-" + year,
                    new EffectCohortDefined(cohortId, house, year - 2, segment, listed, control));
        }

        private void guidance(String stream, Instant at, String recordedBy, String correlationId, DomainEvent payload) {
            out.add(new Planned(Topics.GUIDANCE_EVENTS, stream, nextVersion(stream), at, house, "guidance-service",
                    correlationId, recordedBy, payload));
        }

        private void survey(String stream, String envelopeHouse, Instant at, String correlationId, DomainEvent payload) {
            out.add(new Planned(Topics.SURVEY_EVENTS, stream, nextVersion(stream), at, envelopeHouse, "survey-service",
                    correlationId, "erhvervsstyrelsen-feed", payload));
        }

        private long nextVersion(String stream) {
            return streamVersions.merge(stream, 1L, Long::sum);
        }

        private LocalDate day(int from, int to) {
            return LocalDate.of(year, 1, 1).plusDays(from + random.nextInt(to - from));
        }

        private Instant at(LocalDate day) {
            return day.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(9 * 3600));
        }

        private String anyCompany() {
            if (companies.isEmpty() || random.nextInt(100) < 20) {
                return cvr();
            }
            int skip = random.nextInt(Math.min(companies.size(), 500));
            return companies.keySet().stream().skip(skip).findFirst().orElseThrow();
        }

        /** Eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
        private String cvr() {
            int[] weights = {2, 7, 6, 5, 4, 3, 2};
            while (true) {
                int[] digits = new int[7];
                int sum = 0;
                digits[0] = 1 + random.nextInt(9);
                for (int i = 0; i < 7; i++) {
                    if (i > 0) {
                        digits[i] = random.nextInt(10);
                    }
                    sum += digits[i] * weights[i];
                }
                int check = (11 - sum % 11) % 11;
                if (check == 10) {
                    continue;
                }
                StringBuilder cvr = new StringBuilder();
                for (int digit : digits) {
                    cvr.append(digit);
                }
                return cvr.append(check).toString();
            }
        }

        private String companyName() {
            return pick(COMPANY_WORDS) + pick(COMPANY_WORDS).toLowerCase() + " " + pick(COMPANY_FORMS);
        }

        private List<Theme> themes() {
            List<Theme> themes = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                if (random.nextInt(100) < 25) {
                    themes.add(theme);
                }
            }
            return themes;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> T weighted(T[] values, int... weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
    }
}
