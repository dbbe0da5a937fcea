package dk.erhvervshus.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads a demo contract year into a running guidance-service through its public API: most courses
 * as CRM batches, every tenth one as a direct registration, then completions, retractions and the
 * house's activity reports. Ids are derived from the seed, so running it again is a no-op that the
 * API answers with "duplicate".
 *
 * <p>With {@code --survey-url} it also loads Erhvervsstyrelsen's feeds for the year into survey-service
 * ({@link SurveyFeedLoader}).
 *
 * <p>Every client sends its own token ({@link DemoTokens}), signed with the key in {@code --secrets}
 * (the local stack's {@code $ERHVERVSHUS_STACK_DIR/secrets}).
 *
 * <p>Usage: {@code DemoDataGenerator --secrets DIR [--guidance-url URL] [--survey-url URL] [--seed N] [--house ID] [--year Y]}
 */
public final class DemoDataGenerator {

    private static final int BATCH_SIZE = 200;
    private static final String USAGE = "usage: DemoDataGenerator --secrets DIR [--guidance-url URL] [--survey-url URL]"
            + " [--seed N] [--house ID] [--year Y]";

    /** The CRM integration: courses and CRM batches. */
    private final PublicApiClient api;
    /** The house's staff: activity reports. */
    private final PublicApiClient staff;
    private final Map<String, Integer> outcomes = new LinkedHashMap<>();

    private DemoDataGenerator(PublicApiClient api, PublicApiClient staff) {
        this.api = api;
        this.staff = staff;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        URI guidanceUrl = URI.create(options.getOrDefault("guidance-url", "http://127.0.0.1:8081"));
        long seed = Long.parseLong(options.getOrDefault("seed", "2023"));
        String houseId = options.getOrDefault("house", "nordjylland");
        int year = Integer.parseInt(options.getOrDefault("year", "2023"));
        String secrets = options.get("secrets");
        if (secrets == null) {
            throw new IllegalArgumentException("--secrets DIR is required: the services want a signed token; " + USAGE);
        }
        DemoTokens tokens = DemoTokens.mint(Path.of(secrets), houseId);

        House house = Houses.load().find(houseId)
                .orElseThrow(() -> new IllegalArgumentException("unknown house " + houseId));
        GoalCatalogue catalogue = new GoalCatalogues().find(houseId, year)
                .orElseThrow(() -> new IllegalArgumentException("no goal catalogue for " + houseId + " " + year));
        DemoDataSet data = new DemoYearGenerator(seed, house, catalogue, LocalDate.now()).generate();

        long started = System.nanoTime();
        DemoDataGenerator loader = new DemoDataGenerator(new PublicApiClient(guidanceUrl, tokens.crm()),
                new PublicApiClient(guidanceUrl, tokens.staff()));
        loader.load(data);
        String surveyUrl = options.get("survey-url");
        if (surveyUrl != null) {
            DemoSurveyData surveys = new DemoSurveyGenerator(seed, data).generate();
            new SurveyFeedLoader(new PublicApiClient(URI.create(surveyUrl), tokens.surveyFeed()), loader.outcomes).load(houseId, surveys);
        }
        System.out.printf("demo data (seed %d, %s %d and %d): %d courses, %d activity reports loaded in %.1f s; API answers: %s%n",
                seed, houseId, year - 1, year, data.courses().size(), data.activityReports().size(),
                (System.nanoTime() - started) / 1e9, loader.outcomes);
        if (loader.outcomes.getOrDefault("rejected", 0) > 0) {
            System.exit(1);
        }
    }

    void load(DemoDataSet data) throws Exception {
        List<ObjectNode> crmEvents = new ArrayList<>();
        int index = 0;
        for (DemoCourse course : data.courses()) {
            ObjectNode fields = courseFields(data.house(), course);
            if (index++ % 10 == 9) {
                api.postCourse(fields, "demo-register-" + course.courseId());
                count("registered directly");
            } else {
                crmEvents.add(crmEvent("demo-crm-start-" + course.courseId(), "COURSE_STARTED", course.startedOn(), fields));
            }
        }
        for (DemoCourse course : data.courses()) {
            if (course.completedOn() != null) {
                ObjectNode fields = api.mapper().createObjectNode().put("courseId", course.courseId())
                        .put("completedOn", course.completedOn().toString());
                crmEvents.add(crmEvent("demo-crm-complete-" + course.courseId(), "COURSE_COMPLETED", course.completedOn(), fields));
            }
        }
        for (DemoCourse course : data.courses()) {
            if (course.isRetracted()) {
                ObjectNode fields = api.mapper().createObjectNode().put("courseId", course.courseId())
                        .put("reason", course.retractionReason());
                LocalDate noticed = course.completedOn() != null ? course.completedOn() : course.startedOn();
                crmEvents.add(crmEvent("demo-crm-retract-" + course.courseId(), "COURSE_RETRACTED", noticed, fields));
            }
        }
        for (int from = 0; from < crmEvents.size(); from += BATCH_SIZE) {
            List<JsonNode> results = api.postCrmBatch(crmEvents.subList(from, Math.min(crmEvents.size(), from + BATCH_SIZE)));
            for (JsonNode result : results) {
                count(result.path("status").asText("unknown"));
                if ("rejected".equals(result.path("status").asText())) {
                    System.err.println("rejected: " + result);
                }
            }
        }
        for (DemoActivityReport report : data.activityReports()) {
            ObjectNode body = api.mapper().createObjectNode()
                    .put("status", report.status())
                    .put("note", report.note())
                    .put("changedOn", report.changedOn().toString());
            staff.putActivity(data.house(), report.year(), report.activityId(), body);
            count("activity reports");
        }
    }

    private ObjectNode courseFields(String house, DemoCourse course) {
        ObjectNode node = api.mapper().createObjectNode()
                .put("courseId", course.courseId())
                .put("house", house)
                .put("cvr", course.cvr())
                .put("companyName", course.companyName())
                .put("municipalityCode", course.municipalityCode())
                .put("category", course.category())
                .put("startedOn", course.startedOn().toString())
                .put("advisor", course.advisor())
                .put("sustainabilityWheelUsed", course.sustainabilityWheelUsed())
                .put("enrolledInEvaluation", course.enrolledInEvaluation())
                .put("origin", course.origin());
        course.themes().forEach(node.putArray("themes")::add);
        return node;
    }

    private ObjectNode crmEvent(String crmEventId, String type, LocalDate on, ObjectNode course) {
        ObjectNode event = api.mapper().createObjectNode()
                .put("crmEventId", crmEventId)
                .put("type", type)
                .put("occurredAt", on.atTime(9, 0).toString() + ":00Z");
        event.set("course", course);
        return event;
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(USAGE + "; got " + List.of(args).stream().collect(Collectors.joining(" ")));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
