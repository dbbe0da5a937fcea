package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.House;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the quarterly meeting with a municipality's local business office looks at beside the
 * spread: the year's courses started there by category and theme, and the year's referrals in
 * (to the house) and out (from the house) of the municipality.
 *
 * <p>A course counts in the municipality it names: once under its category and once under each
 * of its themes, so a course with two themes counts under both. Every category and theme is
 * listed, with 0 where none counted, so that two municipalities' tables line up.
 *
 * <p>A referral counts in the municipality it names. One that names none counts where the house
 * met the company: the municipality of the company's first course of the year (earliest start,
 * then lowest course id). A referral of a company without a course of the year, or placed in a
 * municipality outside the house, is unplaced and counted apart, so no referral goes missing.
 */
public final class MunicipalityActivity {

    /** One municipality's figures; the referrals by the outcome reported by asOf. */
    public record Local(List<KeyedCount> coursesByCategory, List<KeyedCount> coursesByTheme,
                        ReferralOutcomes referralsIn, ReferralOutcomes referralsOut) {
    }

    private static final Comparator<GuidedCourse> FIRST_COURSE =
            Comparator.comparing(GuidedCourse::startedOn).thenComparing(GuidedCourse::courseId);

    /** The key of referrals placed in no municipality of the house; no municipality code is empty. */
    private static final String UNPLACED = "";

    private final Map<String, Local> byMunicipality = new HashMap<>();
    private final ReferralOutcomes unplacedIn;
    private final ReferralOutcomes unplacedOut;

    private MunicipalityActivity(House house, LocalDate asOf, Collection<GuidedCourse> coursesInYear,
                                 Collection<Referral> referralsOfYear) {
        Map<String, List<GuidedCourse>> courses = coursesInYear.stream()
                .filter(c -> c.municipalityCode() != null)
                .collect(Collectors.groupingBy(GuidedCourse::municipalityCode));
        Map<String, String> firstCourseMunicipality = coursesInYear.stream()
                .collect(Collectors.groupingBy(GuidedCourse::cvr,
                        Collectors.collectingAndThen(Collectors.minBy(FIRST_COURSE),
                                first -> first.orElseThrow().municipalityCode())));
        Map<String, List<Referral>> referrals = referralsOfYear.stream()
                .collect(Collectors.groupingBy(r -> placement(house, r, firstCourseMunicipality)));
        for (var m : house.municipalities()) {
            List<Referral> placed = referrals.getOrDefault(m.code(), List.of());
            byMunicipality.put(m.code(), new Local(
                    byCategory(courses.getOrDefault(m.code(), List.of())),
                    byTheme(courses.getOrDefault(m.code(), List.of())),
                    outcomes(placed, ReferralDirection.INBOUND, asOf),
                    outcomes(placed, ReferralDirection.OUTBOUND, asOf)));
        }
        List<Referral> unplaced = referrals.getOrDefault(UNPLACED, List.of());
        unplacedIn = outcomes(unplaced, ReferralDirection.INBOUND, asOf);
        unplacedOut = outcomes(unplaced, ReferralDirection.OUTBOUND, asOf);
    }

    public static MunicipalityActivity of(House house, LocalDate asOf, Collection<GuidedCourse> coursesInYear,
                                          Collection<Referral> referralsOfYear) {
        return new MunicipalityActivity(house, asOf, coursesInYear, referralsOfYear);
    }

    /** The figures of one of the house's municipalities (all zero when nothing happened there). */
    public Local in(String municipalityCode) {
        Local local = byMunicipality.get(municipalityCode);
        if (local == null) {
            throw new IllegalArgumentException("municipality " + municipalityCode + " is not one of the house's");
        }
        return local;
    }

    public ReferralOutcomes unplacedReferralsIn() {
        return unplacedIn;
    }

    public ReferralOutcomes unplacedReferralsOut() {
        return unplacedOut;
    }

    private static String placement(House house, Referral referral, Map<String, String> firstCourseMunicipality) {
        String code = referral.municipalityCode() != null
                ? referral.municipalityCode()
                : firstCourseMunicipality.get(referral.cvr());
        return code != null && house.municipality(code).isPresent() ? code : UNPLACED;
    }

    private static ReferralOutcomes outcomes(List<Referral> referrals, ReferralDirection direction, LocalDate asOf) {
        return ReferralOutcomes.of(referrals.stream().filter(r -> r.direction() == direction).toList(), asOf);
    }

    private static List<KeyedCount> byCategory(List<GuidedCourse> courses) {
        Map<GuidanceCategory, Long> counts = new EnumMap<>(GuidanceCategory.class);
        courses.forEach(c -> counts.merge(c.category(), 1L, Long::sum));
        return counted(GuidanceCategory.values(), counts, GuidanceCategory::name);
    }

    private static List<KeyedCount> byTheme(List<GuidedCourse> courses) {
        Map<Theme, Long> counts = new EnumMap<>(Theme.class);
        courses.forEach(c -> c.themes().forEach(theme -> counts.merge(theme, 1L, Long::sum)));
        return counted(Theme.values(), counts, Theme::name);
    }

    private static <K> List<KeyedCount> counted(K[] keys, Map<K, Long> counts, Function<K, String> name) {
        List<KeyedCount> rows = new ArrayList<>(keys.length);
        for (K key : keys) {
            rows.add(new KeyedCount(name.apply(key), null, counts.getOrDefault(key, 0L)));
        }
        return rows;
    }
}
