package dk.erhvervshus.reporting.goals;

/**
 * Goal 2 summed over a set of municipalities (a DST municipality group, or rural vs urban).
 * Companies are distinct within the set; shares are in percent units, actualShare null without data.
 */
public record GroupShare(
        String group,
        int municipalities,
        int municipalitiesMeeting,
        long companies,
        long courses,
        Fraction keyShare,
        Fraction actualShare) {
}
