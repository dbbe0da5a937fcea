package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Municipality;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the companies guided in a year spread over the house's municipalities, against the funding
 * key. A company counts in every municipality it had a course in, while the denominator counts
 * each company of the house once; the key share is the municipality's funding key over the total.
 */
public final class MunicipalitySpread {

    private final House house;
    private final Set<String> guidedCompanies = new HashSet<>();
    private final Map<String, Set<String>> companiesByMunicipality = new HashMap<>();
    private final Map<String, Long> coursesByMunicipality = new HashMap<>();

    private MunicipalitySpread(House house) {
        this.house = house;
    }

    public static MunicipalitySpread of(House house, Collection<GuidedCourse> coursesInYear) {
        MunicipalitySpread spread = new MunicipalitySpread(house);
        coursesInYear.forEach(spread::add);
        return spread;
    }

    /** A spread of no course yet, for one that grows course by course (goal 2 at each month's end). */
    static MunicipalitySpread growing(House house) {
        return new MunicipalitySpread(house);
    }

    /** Counts one more course of the year. */
    void add(GuidedCourse course) {
        guidedCompanies.add(course.cvr());
        companiesByMunicipality.computeIfAbsent(course.municipalityCode(), code -> new HashSet<>()).add(course.cvr());
        coursesByMunicipality.merge(course.municipalityCode(), 1L, Long::sum);
    }

    public long guidedCompanies() {
        return guidedCompanies.size();
    }

    public long companiesOutsideMunicipalities() {
        Set<String> inside = companiesIn(m -> true);
        return guidedCompanies.stream().filter(cvr -> !inside.contains(cvr)).count();
    }

    /** One row per municipality of the house, in the house's order. */
    public List<MunicipalityShare> municipalities() {
        return house.municipalities().stream()
                .map(m -> new MunicipalityShare(
                        m.code(), m.name(), m.group(),
                        companiesByMunicipality.getOrDefault(m.code(), Set.of()).size(),
                        coursesByMunicipality.getOrDefault(m.code(), 0L),
                        keyShare(m.fundingKey()),
                        actualShare(companiesByMunicipality.getOrDefault(m.code(), Set.of()).size())))
                .toList();
    }

    /** The municipalities matching {@code members} taken together. */
    public GroupShare group(String name, Predicate<Municipality> members, int municipalitiesMeeting) {
        List<Municipality> inGroup = house.municipalities().stream().filter(members).toList();
        long courses = inGroup.stream().mapToLong(m -> coursesByMunicipality.getOrDefault(m.code(), 0L)).sum();
        int key = inGroup.stream().mapToInt(Municipality::fundingKey).sum();
        long companies = companiesIn(members).size();
        return new GroupShare(name, inGroup.size(), municipalitiesMeeting, companies, courses,
                keyShare(key), actualShare(companies));
    }

    private Set<String> companiesIn(Predicate<Municipality> members) {
        Set<String> companies = new HashSet<>();
        house.municipalities().stream()
                .filter(members)
                .forEach(m -> companies.addAll(companiesByMunicipality.getOrDefault(m.code(), Set.of())));
        return companies;
    }

    private Fraction keyShare(int fundingKey) {
        return Fraction.percent(fundingKey, house.totalFundingKey());
    }

    private Fraction actualShare(long companies) {
        return guidedCompanies.isEmpty() ? null : Fraction.percent(companies, guidedCompanies.size());
    }
}
