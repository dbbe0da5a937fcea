package dk.erhvervshus.e2e.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.reference.ActivityDefinition;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reference.Municipality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The basic counts behind the goals, worked out here from the ground truth by the rules of
 * reporting-service's README with plain loops — no calculator, no fact record of the service — and
 * each compared with the number the API shows for it: courses and unique companies per category
 * group and municipality, responses per segment with their satisfaction and NPS tallies, the
 * house's outbound referrals by outcome, the awareness survey that counts, and activities done.
 */
final class IndependentCounts {

    private static final List<Municipality> MUNICIPALITIES = Houses.load().find(Course.HOUSE).orElseThrow().municipalities();

    /** One count: its name, the ground truth's value and where the answer shows it (null: not shown). */
    record Count(String name, Long expected, Function<GoalReadings.Reading, Long> shown) {
    }

    private IndependentCounts() {
    }

    /** Each count that differs, worded; empty when every count agrees. */
    static List<String> differences(GroundTruth.Snapshot truth, GoalCatalogue catalogue, GoalReadings.Reading reading,
                                    LocalDate asOf) {
        List<String> differences = new ArrayList<>();
        for (Count count : counts(truth, catalogue, asOf)) {
            Long shown = count.shown().apply(reading);
            if (!Objects.equals(count.expected(), shown)) {
                differences.add(reading.label() + " " + count.name() + ": " + shown + ", acknowledged writes give "
                        + count.expected());
            }
        }
        return differences;
    }

    static List<Count> counts(GroundTruth.Snapshot truth, GoalCatalogue catalogue, LocalDate asOf) {
        int year = catalogue.year();
        List<Course> counting = truth.courses().stream()
                .filter(c -> !c.retracted() && c.startedOn().getYear() == year && !c.startedOn().isAfter(asOf))
                .toList();
        List<Count> counts = new ArrayList<>();
        counts.add(new Count("unique companies", distinctCvrs(counting, c -> true),
                r -> number(r.summary("G11-UNIQUE-COMPANIES"), "actual")));
        counts.add(new Count("growth and operation courses",
                courses(counting, EnumSet.of(GuidanceCategory.GROWTH, GuidanceCategory.OPERATION)),
                r -> number(r.summary("G11-GROWTH-OPERATION-COURSES"), "actual")));
        counts.add(new Count("short and early-warning courses",
                courses(counting, EnumSet.of(GuidanceCategory.SHORT, GuidanceCategory.EARLY_WARNING)),
                r -> number(r.summary("G11-SHORT-EARLY-WARNING-COURSES"), "actual")));
        counts.add(new Count("guided companies (municipality split)", distinctCvrs(counting, c -> true),
                r -> number(r.municipalities(), "guidedCompanies")));
        for (Municipality m : MUNICIPALITIES) {
            counts.add(new Count("companies in " + m.name(), distinctCvrs(counting, c -> c.municipalityCode().equals(m.code())),
                    r -> number(municipality(r, m.code()), "guidedCompanies")));
            counts.add(new Count("courses in " + m.name(),
                    counting.stream().filter(c -> c.municipalityCode().equals(m.code())).count(),
                    r -> number(municipality(r, m.code()), "courses")));
        }
        List<SurveyAnswer> ofYear = truth.responses().stream()
                .filter(a -> a.surveyYear() == year && !a.answeredOn().isAfter(asOf)).toList();
        for (Segment segment : Segment.values()) {
            List<SurveyAnswer> inSegment = ofYear.stream().filter(a -> a.segment() == segment).toList();
            String satisfaction = "G3-SATISFACTION-" + segment;
            String nps = "G3-NPS-" + segment;
            counts.add(new Count("responses of segment " + segment, (long) inSegment.size(),
                    r -> number(r.details().get(satisfaction).path("breakdowns"), "responses")));
            long verySatisfied = inSegment.stream()
                    .filter(a -> a.competenceSatisfaction() == CompetenceSatisfaction.VERY_SATISFIED).count();
            long answered = inSegment.stream().filter(a -> a.competenceSatisfaction() != null
                    && a.competenceSatisfaction() != CompetenceSatisfaction.DONT_KNOW).count();
            counts.add(new Count("very satisfied, segment " + segment, verySatisfied,
                    r -> number(r.summary(satisfaction), "numerator")));
            counts.add(new Count("satisfaction answered, segment " + segment, answered,
                    r -> number(r.summary(satisfaction), "denominator")));
            List<Integer> scores = inSegment.stream().map(SurveyAnswer::recommendScore).filter(Objects::nonNull).toList();
            long promotersLessDetractors = scores.stream().filter(s -> s >= 9).count() - scores.stream().filter(s -> s <= 6).count();
            counts.add(new Count("scores given, segment " + segment, (long) scores.size(),
                    r -> number(r.summary(nps), "denominator")));
            counts.add(new Count("promoters less detractors, segment " + segment,
                    promotersLessDetractors, r -> number(r.summary(nps), "numerator")));
        }
        List<Referral> outbound = truth.referrals().stream()
                .filter(r -> r.direction() == ReferralDirection.OUTBOUND && r.referredOn().getYear() == year
                        && !r.referredOn().isAfter(asOf)).toList();
        Predicate<Referral> reported = r -> r.reportedOn() != null && !r.reportedOn().isAfter(asOf);
        long used = outbound.stream().filter(reported).filter(r -> r.used()).count();
        long notUsed = outbound.stream().filter(reported).filter(r -> !r.used()).count();
        counts.add(new Count("outbound referrals", (long) outbound.size(), r -> referrals(r, "referrals")));
        counts.add(new Count("outbound referrals used", used, r -> referrals(r, "used")));
        counts.add(new Count("outbound referrals not used", notUsed, r -> referrals(r, "notUsed")));
        counts.add(new Count("outbound referrals unreported", outbound.size() - used - notUsed, r -> referrals(r, "unreported")));
        Optional<AwarenessSurvey> latest = truth.awarenessSurveys().stream()
                .filter(s -> s.year() == year && !s.conductedOn().isAfter(asOf))
                .max(Comparator.comparing(AwarenessSurvey::conductedOn).thenComparing(AwarenessSurvey::surveyId));
        counts.add(new Count("aware of the house (latest survey)", latest.map(s -> (long) s.awareOfHouse()).orElse(null),
                r -> number(r.summary("G1-AWARENESS"), "numerator")));
        counts.add(new Count("respondents (latest survey)", latest.map(s -> (long) s.respondents()).orElse(null),
                r -> number(r.summary("G1-AWARENESS"), "denominator")));
        for (GoalDefinition goal : catalogue.goals()) {
            if (goal.id().startsWith("G8") || goal.id().startsWith("G9") || goal.id().startsWith("G10")) {
                long done = goal.activities().stream().map(ActivityDefinition::id)
                        .filter(id -> statusAsOf(truth, year, id, asOf) == ActivityStatus.DONE).count();
                counts.add(new Count("activities done of " + goal.id(), done, r -> number(r.summary(goal.id()), "numerator")));
                counts.add(new Count("activities of " + goal.id(), (long) goal.activities().size(),
                        r -> number(r.summary(goal.id()), "denominator")));
            }
        }
        return counts;
    }

    /** The latest report on or before asOf; of two the same day, the later version. */
    private static ActivityStatus statusAsOf(GroundTruth.Snapshot truth, int year, String activityId, LocalDate asOf) {
        return truth.activities().getOrDefault(new ActivityReport(year, activityId, null, null, null).aggregateId(), List.of())
                .stream()
                .filter(change -> !change.report().changedOn().isAfter(asOf))
                .max(Comparator.comparing((GroundTruth.ActivityChange change) -> change.report().changedOn())
                        .thenComparingLong(GroundTruth.ActivityChange::version))
                .map(change -> change.report().status())
                .orElse(ActivityStatus.PLANNED);
    }

    private static long distinctCvrs(List<Course> courses, Predicate<Course> which) {
        return courses.stream().filter(which).map(Course::cvr).collect(Collectors.toSet()).size();
    }

    private static long courses(List<Course> courses, Set<GuidanceCategory> categories) {
        return courses.stream().filter(c -> categories.contains(c.category())).count();
    }

    private static JsonNode municipality(GoalReadings.Reading reading, String code) {
        for (JsonNode m : reading.municipalities().path("municipalities")) {
            if (m.path("code").asText().equals(code)) {
                return m;
            }
        }
        return null;
    }

    private static Long referrals(GoalReadings.Reading reading, String field) {
        return number(reading.details().get("G4-REFERRAL-UPTAKE").path("breakdowns").path("outboundReferrals"), field);
    }

    private static Long number(JsonNode node, String field) {
        if (node == null || node.path(field).isMissingNode() || node.path(field).isNull()) {
            return null;
        }
        return node.path(field).decimalValue().longValueExact();
    }
}
