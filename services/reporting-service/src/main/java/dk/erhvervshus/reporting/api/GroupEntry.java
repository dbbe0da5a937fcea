package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.GroupShare;

import java.math.BigDecimal;
import java.util.List;

/** Goal 2 summed over a municipality group (CITY, COMMUTER_BELT, RURAL) or over RURAL vs URBAN. */
public record GroupEntry(
        String group,
        int municipalities,
        int municipalitiesMeeting,
        long companies,
        long courses,
        BigDecimal keyShare,
        BigDecimal actualShare) {

    static List<GroupEntry> ofAll(List<GroupShare> groups) {
        return groups.stream()
                .map(g -> new GroupEntry(g.group(), g.municipalities(), g.municipalitiesMeeting(), g.companies(), g.courses(),
                        Decimals.oneDecimal(g.keyShare()), Decimals.oneDecimal(g.actualShare())))
                .toList();
    }
}
