package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.MunicipalityGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * G2-GEOGRAPHIC-SPREAD: the number of municipalities whose share of the guided companies is at
 * least {@code minimumShareOfKeyShare} (a catalogue parameter, 0.5 in 2023) of their funding-key
 * share. The contract asks for spread "in both rural and urban municipalities", so the detail also
 * sums the municipalities per DST group and rural vs urban.
 */
public final class GeographicSpreadCalculator implements GoalCalculator {

    static final String MINIMUM_SHARE_OF_KEY_SHARE = "minimumShareOfKeyShare";

    @Override
    public Measurement measure(GoalDefinition goal, GoalFacts facts) {
        Fraction minimumShareOfKeyShare = Fraction.of(new BigDecimal(goal.requiredString(MINIMUM_SHARE_OF_KEY_SHARE)));
        MunicipalitySpread spread = MunicipalitySpread.of(facts.house(), facts.coursesStartedInYear());

        List<MunicipalityVerdict> verdicts = spread.municipalities().stream()
                .map(share -> verdict(share, minimumShareOfKeyShare))
                .toList();
        Set<String> meeting = verdicts.stream()
                .filter(MunicipalityVerdict::meets)
                .map(v -> v.share().code())
                .collect(Collectors.toSet());

        SpreadBreakdown breakdown = new SpreadBreakdown(
                spread.guidedCompanies(),
                spread.companiesOutsideMunicipalities(),
                verdicts,
                byGroup(facts, spread, meeting),
                ruralAndUrban(facts, spread, meeting),
                meetingByMonthEnd(facts.house(), facts.period().year(), facts.coursesStartedInYear(),
                        minimumShareOfKeyShare),
                meetingByMonthEnd(facts.house(), facts.period().year() - 1, facts.coursesStartedInPreviousYear(),
                        minimumShareOfKeyShare));
        Measurement measurement = spread.guidedCompanies() == 0
                ? Measurement.noData(Accrual.CUMULATIVE)
                : Measurement.count(meeting.size());
        return measurement.withBreakdown(breakdown);
    }

    /** How many municipalities met their threshold by each month's end, the year's courses counted as they started. */
    private static List<KeyedCount> meetingByMonthEnd(House house, int year, List<GuidedCourse> courses,
                                                      Fraction minimumShareOfKeyShare) {
        MunicipalitySpread growing = MunicipalitySpread.growing(house);
        return MonthEnds.sweep(year, courses, growing::add, () -> growing.municipalities().stream()
                .filter(share -> verdict(share, minimumShareOfKeyShare).meets())
                .count());
    }

    private static MunicipalityVerdict verdict(MunicipalityShare share, Fraction minimumShareOfKeyShare) {
        Fraction threshold = share.keyShare().times(minimumShareOfKeyShare);
        boolean meets = share.actualShare() != null && share.actualShare().compareTo(threshold) >= 0;
        return new MunicipalityVerdict(share, threshold, meets);
    }

    private static List<GroupShare> byGroup(GoalFacts facts, MunicipalitySpread spread, Set<String> meeting) {
        List<GroupShare> groups = new ArrayList<>();
        for (MunicipalityGroup group : MunicipalityGroup.values()) {
            boolean present = facts.house().municipalities().stream().anyMatch(m -> m.group() == group);
            if (present) {
                int meetingInGroup = (int) facts.house().municipalities().stream()
                        .filter(m -> m.group() == group && meeting.contains(m.code())).count();
                groups.add(spread.group(group.name(), m -> m.group() == group, meetingInGroup));
            }
        }
        return groups;
    }

    private static List<GroupShare> ruralAndUrban(GoalFacts facts, MunicipalitySpread spread, Set<String> meeting) {
        int ruralMeeting = (int) facts.house().municipalities().stream()
                .filter(m -> !m.group().isUrban() && meeting.contains(m.code())).count();
        int urbanMeeting = (int) facts.house().municipalities().stream()
                .filter(m -> m.group().isUrban() && meeting.contains(m.code())).count();
        return List.of(
                spread.group("RURAL", m -> !m.group().isUrban(), ruralMeeting),
                spread.group("URBAN", m -> m.group().isUrban(), urbanMeeting));
    }
}
